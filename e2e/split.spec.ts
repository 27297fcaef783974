import type { Page, Route } from '@playwright/test';
import { allowConsoleErrors, expect, test, type Widget } from './fixtures';

// faq-chat.js draws the launcher and takes commands; the widget itself is faq-chat-app.js beside it, loaded on
// idle or at the visitor's first sign of interest (issue 15). These tests hold or break that second file.

const APP = '**/faq-chat-app.js';

/** Holds faq-chat-app.js until `release()` is called. */
async function holdApp(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(APP, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** True once faq-chat-app.js has mounted the widget (Preact renders into a box of its own in the shadow root). */
const mounted = (widget: Widget) => widget.host.evaluate((el) => !!el.shadowRoot!.querySelector('div > .fc'));

test('faq-chat.js alone draws the same launcher the widget renders, in the same place', async ({ page, widget }) => {
  const release = await holdApp(page);
  await page.goto('/fixtures/bare.html');
  await expect(widget.launcher).toBeVisible();
  expect(await mounted(widget)).toBe(false);
  const before = { html: await widget.launcher.evaluate((b) => b.outerHTML), box: await widget.launcher.boundingBox() };
  release();
  await expect.poll(() => mounted(widget)).toBe(true);
  expect(await widget.launcher.evaluate((b) => b.outerHTML)).toBe(before.html);
  expect(await widget.launcher.boundingBox()).toEqual(before.box);
});

test('the plain launcher already has the data-accent colour, so it does not change when the widget replaces it', async ({
  page,
  widget,
}) => {
  const release = await holdApp(page);
  await page.goto('/fixtures/csp.html');
  await expect(widget.launcher).toBeVisible();
  expect(await mounted(widget)).toBe(false);
  await expect(widget.launcher).toHaveCSS('background-color', 'rgb(124, 45, 18)');
  release();
  await expect.poll(() => mounted(widget)).toBe(true);
  await expect(widget.launcher).toHaveCSS('background-color', 'rgb(124, 45, 18)');
});

test('a click before faq-chat-app.js has arrived opens the panel once it does, and FaqChat calls wait for it too', async ({
  page,
  widget,
}) => {
  const release = await holdApp(page);
  await page.goto('/fixtures/bare.html');
  await widget.launcher.click();
  await page.evaluate(() => (window.FaqChat as { ask(t: string): void }).ask('pricing'));
  expect(await page.evaluate(() => (window.FaqChat as { isOpen: boolean }).isOpen)).toBe(false);
  release();
  await expect(widget.panel).toBeVisible();
  await expect(widget.input).toBeFocused();
  await expect(widget.answers.last()).toContainText('from €12,000');
  expect(await page.evaluate(() => (window.FaqChat as { isOpen: boolean }).isOpen)).toBe(true);
});

test('a click after faq-chat-app.js ran but before the widget mounted (between the tasks mounting takes) opens it', async ({
  page,
  widget,
}) => {
  const release = await holdApp(page);
  await page.goto('/fixtures/bare.html');
  await expect(widget.launcher).toBeVisible();
  // The app's event reaches a capturing listener on the window while faq-chat-app.js runs; the element then takes
  // two tasks (the widget's options, storage and styles; then mounting): a timeout set in the event's task and another set in that one
  // run between them, with the plain launcher still there.
  await page.evaluate(() =>
    addEventListener(
      'faq-chat-app',
      () =>
        setTimeout(() =>
          setTimeout(() => {
            const root = document.querySelector('faq-chat')!.shadowRoot!;
            (window as unknown as { mountedAtClick: boolean }).mountedAtClick = !!root.querySelector('div > .fc');
            root.querySelector<HTMLElement>('[part=launcher]')!.click();
            (window.FaqChat as { ask(t: string): void }).ask('pricing');
          }),
        ),
      { capture: true, once: true },
    ),
  );
  release();
  await expect(widget.panel).toBeVisible();
  await expect(widget.input).toBeFocused();
  await expect(widget.answers.last()).toContainText('from €12,000');
  expect(await page.evaluate(() => (window as unknown as { mountedAtClick: boolean }).mountedAtClick)).toBe(false);
  expect(await page.evaluate(() => (window.FaqChat as { isOpen: boolean }).isOpen)).toBe(true);
});

test('a keyboard visitor on the plain launcher stays on the launcher when the widget replaces it', async ({
  page,
  widget,
}) => {
  const release = await holdApp(page);
  await page.goto('/fixtures/bare.html');
  await expect(widget.launcher).toBeVisible();
  await widget.launcher.focus();
  release();
  await expect.poll(() => mounted(widget)).toBe(true);
  await expect(widget.launcher).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(widget.input).toBeFocused();
});

test('when faq-chat-app.js cannot load: one console error, the launcher stays, a click says so and tries again', async ({
  page,
  widget,
}) => {
  allowConsoleErrors();
  const errors: string[] = [];
  page.on('console', (m) => m.type() == 'error' && m.text().startsWith('[faq-chat]') && errors.push(m.text()));
  let asked = 0;
  let broken = true;
  await page.route(APP, (route: Route) => {
    asked++;
    return broken ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue();
  });
  await page.goto('/fixtures/bare.html');
  // Loaded on idle after the load event: the first attempt fails without anyone noticing but the console.
  await expect.poll(() => asked).toBe(1);
  await expect.poll(() => errors.length).toBe(1);
  expect(errors[0]).toMatch(
    /^\[faq-chat\] The chat could not load: http:\/\/localhost:\d+\/faq-chat-app\.js did not load .*Put faq-chat-app\.js from the same build next to faq-chat\.js\./,
  );
  await expect(widget.launcher).toBeVisible();

  await widget.launcher.click();
  await expect(widget.part('notice')).toHaveText("Sorry, answers can't load right now. Please try again later.");
  expect(asked).toBe(2);
  expect(errors).toHaveLength(1);

  // The file is back (a deploy finished, a blocker was lifted): the next click loads it and opens the chat.
  broken = false;
  await widget.open();
  await expect(widget.input).toBeFocused();
  expect(asked).toBe(3);
});
