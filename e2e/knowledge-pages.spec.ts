import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { allowConsoleErrors, expect, test, type Widget } from './fixtures';
import { hostHtml, watchHost } from './hardening-helpers';
import { ORIGIN, PORT } from './origin';

// Knowledge from the FAQ page a site already has: its schema.org FAQPage data (JSON-LD as Yoast writes it, nested in
// an @graph, or microdata), an inline JSON script, or the current page itself; and what a page without any gets.

const CTA = 'https://book.example.com/page';
const CDN_ORIGIN = `http://127.0.0.1:${PORT}`;
const UNAVAILABLE = /answers can.t (be )?load/;

/** Opens a host page whose tag points data-knowledge at `knowledge`, with the booking link and title from data-*. */
async function openWith(page: Page, knowledge: string) {
  const body = hostHtml({ attrs: { 'data-knowledge': knowledge, 'data-cta-url': CTA, 'data-title': 'Ask us' } });
  await page.route('/h/host.html', (r) => r.fulfill({ contentType: 'text/html', body }));
  await page.goto('/h/host.html');
}

/** The `[faq-chat]` console lines. */
function notes(page: Page) {
  const lines: string[] = [];
  page.on('console', (m) => m.text().includes('[faq-chat]') && lines.push(`${m.type()}: ${m.text()}`));
  return lines;
}

/** The greeting, the first bubble of the conversation. */
const greeting = (widget: Widget) => widget.part('messages').locator('.bubble').first();

/** Asks `question` and expects the newest answer to read `text`, with these link targets. */
async function expectAnswer(widget: Widget, question: string, text: string | RegExp, links: string[] = []) {
  await widget.ask(question);
  const answer = widget.answers.last();
  await expect(answer).toContainText(text);
  await expect(answer.locator('a')).toHaveCount(links.length);
  for (const [i, href] of links.entries()) await expect(answer.locator('a').nth(i)).toHaveAttribute('href', href);
}

test('an FAQ page as Yoast SEO writes it (questions referenced by @id): answers, links resolved, data-* booking and title', async ({
  page,
  widget,
}) => {
  const lines = notes(page);
  await openWith(page, '/fixtures/pages/yoast.html');
  await widget.open();
  await expect(widget.part('header')).toContainText('Ask us');
  // A page names no starters: its first questions are offered, so the greeting's "pick one below" has something below.
  await expect(greeting(widget)).toHaveText('Hi! Ask a question or pick one below.');
  await expect(widget.part('starter')).toHaveText([
    'How long does shipping take?',
    'Can I return a bag of beans?',
    'Do you sell decaf & half-caf?',
  ]);
  await expect(widget.booking).toHaveAttribute('href', CTA);
  await expectAnswer(widget, 'How long does shipping take?', 'Orders leave the roastery within 2 business days.', [
    `${ORIGIN}/shipping/`,
  ]);
  await expect(widget.answers.last().locator('strong')).toHaveText('2 business days');
  await expectAnswer(widget, 'can I return beans', /Yes, unopened bags within 30 days:\s*keep the receipt/);
  await expect(widget.answers.last().locator('li')).toHaveText(['keep the receipt', 'use the return label']);
  expect(lines).toEqual([]);
});

test('an @graph FAQPage with nested questions, on another origin that allows CORS', async ({ page, widget }) => {
  await page.goto('/fixtures/pages/cors-knowledge-host.html');
  await widget.open();
  await expectAnswer(widget, 'Which plans include SSO?', 'The Business plan. Read the SSO guide.', [
    `${CDN_ORIGIN}/cdn/fixtures/docs/sso.html`,
  ]);
  await expectAnswer(widget, 'Is there a free tier?', 'Yes, up to 3 users.');
});

test('FAQPage microdata', async ({ page, widget }) => {
  await openWith(page, '/fixtures/pages/microdata.html');
  await widget.open();
  await expectAnswer(widget, 'Do you ship to Canada & Mexico?', /Yes, in 5–7 days.\s*Duties are extra/, [
    `${ORIGIN}/fixtures/pages/rates.html`,
  ]);
});

test('an inline <script type="application/json" id> named by data-knowledge="#id"', async ({ page, widget }) => {
  const lines = notes(page);
  await page.goto('/fixtures/pages/inline.html');
  await widget.open();
  await expect(widget.part('header')).toContainText('Inline help');
  // This knowledge file names no suggestions: no starters, and a greeting that points at none.
  await expect(widget.part('starter')).toHaveCount(0);
  await expect(greeting(widget)).toHaveText('Hi! What would you like to know?');
  await expect(widget.booking).toHaveAttribute('href', 'https://book.example.com/inline');
  await expectAnswer(widget, 'Is there parking?', 'Yes, behind the shop.');
  expect(lines).toEqual([]);
});

test("no data-knowledge on a page with FAQPage data: the page's own FAQ, read without a download", async ({
  page,
  widget,
}) => {
  const lines = notes(page);
  const pageRequests: string[] = [];
  page.on('request', (r) => r.url().includes('own-faq') && pageRequests.push(r.method()));
  await page.goto('/fixtures/pages/own-faq.html');
  await widget.open();
  await expect(widget.booking).toHaveAttribute('href', 'https://book.example.com/own');
  await expectAnswer(widget, 'When are you open?', 'Monday to Friday, 9 to 5.');
  await expectAnswer(widget, 'Where do you deliver?', 'Within the city. See delivery.', [`${ORIGIN}/delivery`]);
  expect(pageRequests).toEqual(['GET']);
  expect(lines).toEqual([]);
});

test('no data-knowledge on a page without FAQ data: no widget, one warning saying what to add', async ({ page }) => {
  const lines = notes(page);
  await page.route('/h/plain.html', (r) =>
    r.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Plain</title><h1>Plain</h1><script src="/faq-chat.js" async></script>',
    }),
  );
  await page.goto('/h/plain.html');
  await expect.poll(() => lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    /^warning: \[faq-chat\] Nothing to show: this page has no FAQPage data; add data-knowledge="\/faq\/"/,
  );
  await expect(page.locator('faq-chat')).toHaveCount(0);
});

const bigPage = () => {
  const question = (i: number) =>
    `{"@type":"Question","name":"Question ${i}?","acceptedAnswer":{"@type":"Answer","text":"${'Answer text. '.repeat(80)}"}}`;
  const items = Array.from({ length: 10_500 }, (_, i) => question(i)).join(',');
  return `<!doctype html><title>Huge</title><script type="application/ld+json">{"@type":"FAQPage","mainEntity":[${items}]}</script>`;
};

for (const c of [
  {
    name: 'a page without FAQ data',
    url: '/fixtures/pages/no-faq.html',
    problem: /it has no FAQPage questions: faq-chat reads/,
  },
  { name: 'a page of 11 MB', url: '/h/big.html', problem: /it is larger than 10 MB/ },
  { name: 'a 404', url: '/fixtures/pages/missing.html', problem: /the server answered HTTP 404/ },
]) {
  test(`${c.name}: one clear error, and the launcher still opens with the booking link`, async ({ page, widget }) => {
    allowConsoleErrors();
    const lines = notes(page);
    const host = await watchHost(page);
    const big = bigPage();
    expect(big.length).toBeGreaterThan(11e6);
    await page.route('/h/big.html', (r) => r.fulfill({ contentType: 'text/html', body: big }));
    await openWith(page, c.url);
    await widget.open();
    await expect(widget.part('messages')).toContainText(UNAVAILABLE);
    await expect(widget.booking).toHaveAttribute('href', CTA);
    await widget.ask('How long does shipping take?');
    await expect(widget.answers.last()).toHaveText(UNAVAILABLE);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(
      `error: [faq-chat] Could not load the knowledge file ${c.url.startsWith('/') ? ORIGIN : ''}${c.url}: `,
    );
    expect(lines[0]).toMatch(c.problem);
    expect(await host.all()).toEqual([]);
  });
}

/** The markdown subset as the widget shows it: markers gone, links as their labels, whitespace collapsed. */
const shown = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|\*/g, '')
    .replace(/^(-|\d+\.) /gm, '')
    .replace(/\s+/g, ' ')
    .trim();
const links = (markdown: string) => [...markdown.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);

for (const fixture of ['yoast.html', 'graph-nested.html', 'microdata.html'])
  test(`faq-chat import ${fixture} gives the entries the widget answers from`, async ({ page, widget, isMobile }) => {
    test.skip(isMobile, 'the CLI does not depend on the browser profile');
    const url = `${ORIGIN}/fixtures/pages/${fixture}`;
    const kb = JSON.parse(execFileSync('node', ['bin/faq-chat.js', 'import', url], { encoding: 'utf8' }));
    expect(kb.entries.length).toBeGreaterThan(1);
    await openWith(page, url);
    await widget.open();
    for (const e of kb.entries as { question: string; answer: string }[]) {
      const before = await widget.answers.count();
      await widget.ask(e.question);
      await expect(widget.answers).toHaveCount(before + 1);
      const answer = widget.answers.last();
      // innerText keeps the line breaks between blocks, which toHaveText collapses like shown() does.
      await expect(answer).toHaveText(shown(e.answer), { useInnerText: true });
      expect(await answer.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
        links(e.answer),
      );
    }
  });

test('the tag inserted by a script, as the Google Tag Manager snippet of docs/install.md does it', async ({
  page,
  widget,
}) => {
  const lines = notes(page);
  // The snippet of docs/install.md ("Google Tag Manager"), with this server's file for the CDN URL.
  const snippet = `<script>
  (function () {
    var s = document.createElement('script');
    s.src = '/faq-chat.js';
    s.async = true;
    s.setAttribute('data-knowledge', '/fixtures/pages/yoast.html');
    s.setAttribute('data-cta-url', '${CTA}');
    document.body.appendChild(s);
  })();
</script>`;
  await page.route('/h/gtm.html', (r) =>
    r.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>GTM</title><body><h1>Shop</h1>${snippet}</body>`,
    }),
  );
  await page.goto('/h/gtm.html');
  await widget.open();
  await expect(widget.booking).toHaveAttribute('href', CTA);
  await expectAnswer(widget, 'Do you sell decaf?', 'Both, roasted to order.');
  expect(lines).toEqual([]);
});
