import type { Page } from '@playwright/test';
import { allowConsoleErrors, expect, test } from './fixtures';
import { openHost, PAGE, watchHost } from './hardening-helpers';

// Untrusted text (knowledge file, data-attributes, visitor messages) is only ever text. Every payload
// would set top.__xss or open a dialog if it ran; the page must stay where it is.

const RUN = 'top.__xss=1;alert(1)';
/** OWASP filter-evasion style payloads: tags, handlers, encodings, mixed case, broken markup, template injection. */
const payloads = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}">`,
  `<svg><script>${RUN}</script></svg>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>${RUN}</script>"></iframe>`,
  `<a href="javascript:${RUN}">click</a>`,
  `<IMG SRC=JaVaScRiPt:${RUN}>`,
  `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>`,
  `<<SCRIPT>${RUN}//<</SCRIPT>`,
  `<IMG """><SCRIPT>${RUN}</SCRIPT>">`,
  `"><script>${RUN}</script>`,
  `'><img src=x onerror=${RUN}>`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `<body onload=${RUN}>`,
  `<details open ontoggle="${RUN}">`,
  `<input autofocus onfocus="${RUN}">`,
  `<div style="background:url(javascript:${RUN})">`,
  `<div style="width: expression(${RUN})">`,
  `<style>@import 'javascript:${RUN}';</style>`,
  `<object data="data:text/html,<script>${RUN}</script>">`,
  `<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
  `{{constructor.constructor('${RUN}')()}}`,
  '${' + RUN + '}',
  '[click](javascript:' + RUN + ')',
  '[click](JaVaScRiPt:' + RUN + ')',
  '[click](java&#x09;script:' + RUN + ')',
  '[click](java\tscript:' + RUN + ')',
  '[click](&#106;avascript:' + RUN + ')',
  '[click](%6Aavascript:' + RUN + ')',
  '[click]( javascript:' + RUN + ')',
  '[click](javascript://%0a' + RUN + ')',
  '[click](data:text/html,<script>' + RUN + '</script>)',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '[click](//evil.example.com/x)',
  '[click](/relative/path)',
  '[click](https://ok.example.com/a"onmouseover="' + RUN + ')',
  '![img](javascript:' + RUN + ')',
];
const SAFE_TAGS = new Set([
  'div',
  'button',
  'svg',
  'path',
  'header',
  'h2',
  'form',
  'textarea',
  'p',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'a',
  'br',
  'small',
  'i',
  'span',
]);

/** A knowledge base carrying a payload in every text field a site owner controls. */
function hostileKb() {
  const entries = payloads.map((p, i) => ({
    id: 'e' + i,
    question: `Question ${i} ${p}`,
    keywords: ['topic' + i],
    answer: `Answer ${i}: ${p}\n\n- item ${p}\n\n[ok](https://ok.example.com/${i}) [mail](mailto:a@example.com) [call](tel:+15551234)`,
    followUps: ['e' + ((i + 1) % payloads.length)],
    cta:
      i % 2
        ? { label: `Book ${p}`, url: 'https://book.example.com/' + i }
        : { label: 'Evil', url: `javascript:${RUN}` },
  }));
  return {
    title: `Title ${payloads[0]}`,
    greeting: `Greeting ${payloads[1]} ${payloads[24]}`,
    fallback: `Fallback ${payloads[2]}`,
    cta: { label: `Book ${payloads[3]}`, url: 'https://book.example.com/main' },
    suggestions: entries.slice(0, 6).map((e) => e.id),
    strings: { placeholder: `Type ${payloads[5]}`, didYouMean: `Mean ${payloads[6]}` },
    smallTalk: { thanks: `Welcome ${payloads[7]}` },
    entries,
  };
}

/** Nothing ran, nothing navigated, and the shadow root holds only the widget's own safe elements and links. */
async function expectInert(page: Page, trouble: () => Promise<string[]>, navigations: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await trouble()).toEqual([]);
  expect(navigations).toEqual([]);
  expect(new URL(page.url()).pathname).toBe(PAGE);
  const dom = await page.evaluate(() => {
    const root = document.querySelector('faq-chat')!.shadowRoot!;
    const all = [...root.querySelectorAll('*')];
    return {
      tags: [...new Set(all.map((e) => e.localName))],
      handlers: all.flatMap((e) =>
        [...e.attributes]
          .filter((a) => /^on|^(src|srcdoc|style|formaction)$/i.test(a.name))
          .map((a) => `${e.localName}[${a.name}]`),
      ),
      links: [...root.querySelectorAll('a')].map((a) => ({
        href: a.getAttribute('href'),
        target: a.target,
        rel: a.rel,
      })),
      frames: window.frames.length,
    };
  });
  expect(dom.tags.filter((t) => !SAFE_TAGS.has(t))).toEqual([]);
  expect(dom.handlers).toEqual([]);
  expect(dom.frames).toBe(0);
  for (const l of dom.links) {
    expect(l.href).toMatch(/^(https?:\/\/[^/]|mailto:|tel:)/);
    expect(l).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
  }
  return dom;
}

function trackNavigation(page: Page) {
  const navigations: string[] = [];
  page.on('framenavigated', (f) => {
    if (new URL(f.url()).pathname != PAGE) navigations.push(f.url());
  });
  page.on('popup', (p) => navigations.push('popup ' + p.url()));
  return navigations;
}

test('payloads in every knowledge-file text and in visitor messages show as text and never run', async ({
  page,
  widget,
}) => {
  test.setTimeout(40_000);
  // The knowledge file's javascript: booking links are reported to the owner (and dropped); nothing else may be.
  allowConsoleErrors();
  const errors: string[] = [];
  page.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
  const host = await watchHost(page);
  const navigations = trackNavigation(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openHost(page, { attrs: { 'data-cta-url': 'https://book.example.com/attr' } }, hostileKb());
  await widget.open();
  await expect(widget.part('header')).toHaveText(`Title ${payloads[0]}`);
  await expect(widget.part('messages')).toContainText(`Greeting ${payloads[1]} ${payloads[24]}`);
  await expect(widget.input).toHaveAttribute('placeholder', `Type ${payloads[5]}`);
  const chips = widget.part('chip');
  await expect(chips).toHaveText(payloads.slice(0, 6).map((p, i) => `Question ${i} ${p}`));
  // Every entry's answer, follow-up chip and CTA label, reached by its keyword.
  for (let i = 0; i < payloads.length; i++) await widget.ask('topic' + i);
  await expect(widget.answers).toHaveCount(payloads.length);
  for (const i of [0, 1, 7, 10, 24]) await expect(widget.answers.nth(i)).toContainText(`Answer ${i}: ${payloads[i]}`);
  await expect(widget.host.locator('[part="cta"]').filter({ hasText: `Book ${payloads[1]}` })).toHaveAttribute(
    'href',
    'https://book.example.com/1',
  );
  // An entry whose cta URL is javascript: has no link of its own; the footer offers the embed's booking link.
  await expect(widget.answers.nth(0).locator('xpath=..').locator('[part~="cta"]')).toHaveCount(0);
  await expect(widget.booking).toHaveAttribute('href', 'https://book.example.com/attr');
  await widget.lastReply.locator('[part~="chip"]').click();
  await widget.ask('thanks');
  await expect(widget.answers.last()).toHaveText(`Welcome ${payloads[7]}`);
  await widget.ask('zzqx unknowable qwzz');
  await expect(widget.part('fallback')).toHaveText(`Fallback ${payloads[2]}`);
  // The visitor types every payload.
  for (const p of payloads) await widget.ask(p);
  await expect(widget.visitorMessages.last()).toHaveText(payloads[payloads.length - 1]);
  expect((await widget.visitorMessages.allTextContents()).slice(-payloads.length)).toEqual(payloads);
  // Hover and focus everything that could carry a handler, then look.
  await widget.answers.last().hover();
  const dom = await expectInert(page, host.all, navigations);
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) expect(e).toMatch(/^\[faq-chat\] The knowledge file \S+ has problems/);
  expect(dom.links.map((l) => l.href)).toEqual(
    expect.arrayContaining(['https://ok.example.com/3', 'mailto:a@example.com', 'tel:+15551234']),
  );
});

test('rejected markdown links keep their label as text and produce no link', async ({ page, widget }) => {
  const host = await watchHost(page);
  const navigations = trackNavigation(page);
  allowConsoleErrors();
  const bad = payloads.filter((p) => p.startsWith('[click]') && !p.includes('ok.example.com'));
  await openHost(
    page,
    {},
    { entries: [{ id: 'a', question: 'Links?', keywords: ['links'], answer: bad.join('\n\n') }] },
  );
  await widget.open();
  await widget.ask('links');
  const answer = widget.answers.last();
  await expect(answer.locator('p')).toHaveCount(bad.length);
  await expect(answer.locator('a')).toHaveCount(0);
  await expect(answer.locator('p').first()).toHaveText('click');
  await expectInert(page, host.all, navigations);
});

test('payloads in data-attributes show as text', async ({ page, widget }) => {
  const host = await watchHost(page);
  const navigations = trackNavigation(page);
  await openHost(page, {
    attrs: {
      'data-title': payloads[0],
      'data-greeting': payloads[1],
      'data-cta-label': payloads[2],
      'data-cta-url': 'https://book.example.com/"><script>' + RUN + '</script>',
      'data-accent': `red;background:url(javascript:${RUN})`,
      'data-position': payloads[3],
    },
  });
  await widget.open();
  await expect(widget.part('header')).toHaveText(payloads[0]);
  await expect(widget.part('messages')).toContainText(payloads[1]);
  await widget.ask('zzqx unknowable qwzz');
  await expect(widget.booking).toHaveText(payloads[2]);
  await expectInert(page, host.all, navigations);
});

test('payloads in the JSON-LD answers and questions of an FAQ page never run; what is left shows as text', async ({
  page,
  widget,
}) => {
  test.setTimeout(40_000);
  const host = await watchHost(page);
  const navigations = trackNavigation(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // As a page would carry it: "<" escaped inside the script block, so the JSON-LD itself holds the raw payloads.
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': ['WebPage', 'FAQPage'],
    mainEntity: payloads.map((p, i) => ({
      '@type': 'Question',
      name: `Question topic${i} ${p}`,
      acceptedAnswer: { '@type': 'Answer', text: `Answer ${i}: ${p} <a href="/ok/${i}">ok</a>` },
    })),
  }).replace(/</g, '\\u003c');
  await page.route('/h/faq-page.html', (r) =>
    r.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>FAQ</title><script type="application/ld+json">${jsonLd}</script>`,
    }),
  );
  await openHost(page, { attrs: { 'data-knowledge': '/h/faq-page.html' } });
  await widget.open();
  for (let i = 0; i < payloads.length; i++) {
    await widget.ask(`topic${i}`);
    await expect(widget.answers).toHaveCount(i + 1);
    await expect(widget.answers.last()).toContainText(`Answer ${i}:`);
  }
  // Template syntax and a quote-broken tag's leftovers are plain text; tags and scripts are gone, never shown raw.
  await expect(widget.answers.nth(24)).toContainText(payloads[24]);
  await expect(widget.answers.nth(25)).toContainText(payloads[25]);
  await expect(widget.answers.nth(11)).toContainText('">');
  await expect(widget.answers.nth(9)).toContainText('Answer 9: < ok'); // the stray "<" of "<<SCRIPT>" is text
  for (const i of [0, 1, 2, 3, 4, 10]) await expect(widget.answers.nth(i)).not.toContainText('<');
  await widget.answers.last().hover();
  const dom = await expectInert(page, host.all, navigations);
  // Each answer's own relative link, made absolute against the FAQ page, is the only kind of link in the answers.
  expect(dom.links.map((l) => l.href)).toEqual(expect.arrayContaining([`${new URL(page.url()).origin}/ok/0`]));
});
