import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openHost } from './hardening-helpers';

// window.FaqChat.on/off and the faq-chat:* DOM events a site sends to its own analytics.
const kb = JSON.parse(readFileSync('e2e/fixtures/kb.json', 'utf8'));
type Seen = { via: string; type: string; detail: Record<string, unknown> };

/** Records every faq-chat:* event twice: heard on the document (DOM events) and through FaqChat.on, attached before load. */
async function record(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { seen: Seen[] };
    w.seen = [];
    const types = ['ready', 'open', 'close', 'question', 'answer', 'suggest', 'unanswered', 'cta-click'];
    for (const t of types)
      document.addEventListener('faq-chat:' + t, (e) => {
        const ce = e as CustomEvent;
        if (!ce.bubbles || !ce.composed || e.target != document.querySelector('faq-chat'))
          throw Error('not a bubbling, composed event on the element');
        w.seen.push({ via: 'dom', type: t, detail: ce.detail });
      });
    // FaqChat.on exists once the script has run; a listener added on load hears everything after ready.
    addEventListener('load', () => {
      const api = (window as unknown as { FaqChat: { on(t: string, f: (e: CustomEvent) => void): void } }).FaqChat;
      for (const t of types) api.on(t, (e) => w.seen.push({ via: 'on', type: t, detail: e.detail }));
    });
  });
}
const seen = (page: Page, via: string) =>
  page.evaluate((v) => (window as unknown as { seen: Seen[] }).seen.filter((s) => s.via == v), via);

test('each visitor action is a faq-chat:* DOM event on the element and reaches FaqChat.on listeners', async ({
  page,
  widget,
}) => {
  await record(page);
  await openHost(page, { attrs: { 'data-cta-url': 'https://calendly.com/acme/intro' } }, kb);
  await expect(widget.launcher).toBeVisible();
  await page.waitForLoadState('load');
  // ready: faq-chat-app.js, loaded on idle after the load event, has mounted the widget.
  await expect.poll(async () => (await seen(page, 'dom')).map((s) => s.type)).toEqual(['ready']);
  await widget.open();
  await widget.ask('pricing');
  await expect(widget.answers.last()).toContainText('from €12,000');
  await widget.ask('does openai train');
  await expect(widget.lastReply.locator('[part~="suggestion"]')).toHaveCount(2);
  await widget.ask('what is the weather in paris');
  await expect(widget.part('fallback')).toBeVisible();
  // The booking link must not leave the test page: keep the click, drop the navigation.
  await page.context().route('https://calendly.com/**', (r) => r.abort());
  await widget.booking.click();
  await widget.part('close').click();
  const dom = await seen(page, 'dom');
  expect(dom.map((s) => s.type)).toEqual([
    'ready',
    'open',
    'question',
    'answer',
    'question',
    'suggest',
    'question',
    'unanswered',
    'cta-click',
    'close',
  ]);
  expect(dom[2].detail).toMatchObject({ type: 'question', text: 'pricing', status: 'answer', id: 'pricing' });
  expect(dom[2].detail.score).toBeGreaterThan(0);
  expect(dom[3].detail).toMatchObject({ type: 'answer', text: 'pricing', id: 'pricing' });
  expect(dom[5].detail).toMatchObject({
    text: 'does openai train',
    status: 'suggest',
    suggestions: ['openai-chatgpt', 'openai-api'],
  });
  expect(dom[7].detail).toMatchObject({ text: 'what is the weather in paris', status: 'none' });
  expect(dom[8].detail).toEqual({
    type: 'cta-click',
    text: 'what is the weather in paris',
    url: 'https://calendly.com/acme/intro',
  });
  // FaqChat.on, attached on load, heard the same events: ready comes after the load event.
  expect(await seen(page, 'on')).toEqual(dom.map((s) => ({ ...s, via: 'on' })));
});

test('FaqChat.off stops a listener; the API opens, toggles, asks and reports isOpen', async ({ page, widget }) => {
  await record(page);
  await openHost(page, {}, kb);
  await expect(widget.launcher).toBeVisible();
  // After faq-chat:ready, calls act at once (before it, they wait for the widget; see split.spec.ts).
  await expect.poll(async () => (await seen(page, 'dom')).map((s) => s.type)).toEqual(['ready']);
  const log = await page.evaluate(async () => {
    const api = window.FaqChat as import('../src/embed/api').FaqChatApi;
    const heard: string[] = [];
    const fn = (e: CustomEvent) => heard.push(e.type);
    api.on('open', fn);
    api.on('close', fn);
    api.open();
    const open = api.isOpen;
    api.off('open', fn);
    api.toggle();
    api.toggle();
    return { heard, open, after: api.isOpen };
  });
  expect(log).toEqual({ heard: ['faq-chat:open', 'faq-chat:close'], open: true, after: true });
  await page.evaluate(() => (window.FaqChat as import('../src/embed/api').FaqChatApi).ask('self-hosted'));
  await expect(widget.answers.last()).toContainText('inside your network');
});

test('the booking link prefills the visitor question and adds UTM parameters only when asked to', async ({
  page,
  widget,
}) => {
  await openHost(
    page,
    { attrs: { 'data-cta-prefill': '', 'data-cta-utm': 'utm_source=faq-chat&utm_medium=widget' } },
    kb,
  );
  await widget.open();
  await widget.ask('how much is it?');
  await expect(widget.booking).toHaveAttribute(
    'href',
    'https://cal.example.com/acme/intro?utm_source=faq-chat&utm_medium=widget&notes=how+much+is+it%3F',
  );
  await page.unrouteAll();
  await openHost(
    page,
    { attrs: { 'data-cta-url': 'https://calendly.com/acme/intro', 'data-cta-prefill': 'true' } },
    kb,
  );
  await widget.ask('weather in paris?');
  await expect(widget.booking).toHaveAttribute('href', 'https://calendly.com/acme/intro?a1=weather+in+paris%3F');
  await page.unrouteAll();
  await openHost(page, { attrs: { 'data-cta-url': 'https://calendly.com/acme/intro' } }, kb);
  await widget.ask('weather in paris?');
  await expect(widget.booking).toHaveAttribute('href', 'https://calendly.com/acme/intro');
});
