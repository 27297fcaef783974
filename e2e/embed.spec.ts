import { expect, test } from './fixtures';

type Attrs = Record<string, string>;

/** Adds the snippet to the blank fixture page with the given data-attributes, as a site owner would paste it. */
async function pasteSnippet(page: import('@playwright/test').Page, attrs: Attrs) {
  await page.goto('/fixtures/blank.html');
  await page.evaluate((a) => {
    const s = document.createElement('script');
    s.src = '/faq-chat.js';
    for (const [k, v] of Object.entries(a)) s.setAttribute(k, v);
    document.body.append(s);
  }, attrs);
}

test('pasting the script twice gives one widget and no error', async ({ page, widget }) => {
  await page.goto('/fixtures/twice.html');
  await expect(widget.launcher).toBeVisible();
  await page.waitForLoadState('load');
  await expect(page.locator('faq-chat')).toHaveCount(1);
  await widget.open();
  await widget.ask('pricing');
  await expect(widget.answers).toHaveCount(1);
});

test('the custom-element form takes the same options as attributes', async ({ page, widget }) => {
  await page.goto('/fixtures/element.html');
  const box = await widget.launcherBox();
  expect(box.x).toBeLessThan(100);
  await widget.open();
  await expect(widget.part('header')).toContainText('Element title');
  await widget.ask('pricing');
  await expect(widget.booking).toHaveText('Schedule a chat');
  await expect(widget.booking).toHaveAttribute('href', 'https://book.example.com/element');
  await widget.ask('hipaa');
  await expect(widget.lastReply.locator('[part="cta"]')).toHaveAttribute('href', 'https://acme.example.com/compliance');
});

test('data-attributes set the title, greeting, booking link and open state', async ({ page, widget }) => {
  await pasteSnippet(page, {
    'data-knowledge': '/fixtures/kb.json',
    'data-title': 'Ask Acme',
    'data-greeting': 'Welcome to Acme.',
    'data-cta-url': 'https://book.example.com/script',
    'data-cta-label': 'Grab a slot',
    'data-open': '',
  });
  await expect(widget.panel).toBeVisible();
  await expect(widget.part('header')).toContainText('Ask Acme');
  await expect(widget.part('messages')).toContainText('Welcome to Acme.');
  await widget.ask('what is the weather in paris');
  await expect(widget.booking).toHaveText('Grab a slot');
  await expect(widget.booking).toHaveAttribute('href', 'https://book.example.com/script');
});

test('an invalid attribute value is named in a console warning and the default is used', async ({ page, widget }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() == 'warning' && warnings.push(m.text()));
  await pasteSnippet(page, { 'data-knowledge': '/fixtures/kb.json', 'data-position': 'middle' });
  await expect(widget.launcher).toBeVisible();
  expect(warnings).toContain('[faq-chat] data-position="middle" is not valid; use "right" or "left". Using "right".');
  const box = await widget.launcherBox();
  expect(box.x).toBeGreaterThan(page.viewportSize()!.width / 2);
});

test('commands queued on window.FaqChat before the script loads run once it does', async ({ page, widget }) => {
  await page.goto('/fixtures/queue.html');
  await expect(widget.panel).toBeVisible();
  await expect(widget.visitorMessages).toHaveText(['Do you sign a BAA?']);
  await expect(widget.answers.last()).toContainText('Business Associate Agreement');
});

test('window.FaqChat opens, asks, closes and destroys the widget', async ({ page, widget }) => {
  await page.goto('/fixtures/bare.html');
  await expect(widget.launcher).toBeVisible();
  expect(await page.evaluate(() => (window.FaqChat as { isOpen: boolean }).isOpen)).toBe(false);
  await page.evaluate(() => (window.FaqChat as { ask(t: string): void }).ask('self-hosted'));
  await expect(widget.answers.last()).toContainText('inside your network');
  expect(await page.evaluate(() => (window.FaqChat as { isOpen: boolean }).isOpen)).toBe(true);
  await page.evaluate(() => (window.FaqChat as { close(): void }).close());
  await expect(widget.panel).toBeHidden();
  await page.evaluate(() => (window.FaqChat as { destroy(): void }).destroy());
  await expect(page.locator('faq-chat')).toHaveCount(0);
});

test('works under a strict Content-Security-Policy, with the accent colour applied', async ({ page, widget }) => {
  await page.goto('/fixtures/csp.html');
  await widget.open();
  await expect(widget.part('header')).toHaveCSS('background-color', 'rgb(124, 45, 18)');
  await widget.ask('pricing');
  await expect(widget.answers.last()).toContainText('from €12,000');
  await widget.ask('what is the weather in paris');
  await expect(widget.booking).toHaveCSS('background-color', 'rgb(124, 45, 18)');
});

test('host page CSS does not reach inside the widget', async ({ page, widget }) => {
  await page.goto('/fixtures/bare.html');
  await page.addStyleTag({
    content: 'button, div, a { background: red !important; font-size: 40px !important; display: inline !important }',
  });
  await widget.open();
  await expect(widget.launcher).toHaveCSS('background-color', 'rgb(29, 78, 216)');
  await expect(widget.panel).toHaveCSS('display', 'flex');
});

test('the knowledge file is fetched once, after the page has loaded, and nothing else is requested (but the encoder, on open)', async ({
  page,
  widget,
}) => {
  const events: string[] = [];
  page.on('request', (r) => events.push(new URL(r.url()).pathname));
  page.on('load', () => events.push('load'));
  await page.goto('/fixtures/bare.html');
  await widget.open();
  for (const q of ['pricing', 'hipaa', 'what is the weather']) await widget.ask(q);
  await expect(widget.answers).toHaveCount(3);
  // The encoder's worker is asked for when the panel opens (here a stand-in, see fixtures.ts; semantic.spec.ts has the real one).
  // The rest of the widget, faq-chat-app.js, comes after the load event too, on idle (or at once on a click).
  expect(events).toEqual([
    '/fixtures/bare.html',
    '/faq-chat.js',
    'load',
    '/faq-chat-app.js',
    '/fixtures/kb.json',
    '/faq-chat-encoder/worker.js',
  ]);
});
