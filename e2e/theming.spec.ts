import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { openHost } from './hardening-helpers';

const kb = JSON.parse(readFileSync('e2e/fixtures/kb.json', 'utf8'));
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(21, 24, 30)';

test('data-theme="light" and "dark" win over the visitor preference; "auto" follows it', async ({ page, widget }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  for (const [theme, bg] of [
    ['light', WHITE],
    ['dark', DARK],
    ['auto', DARK],
  ]) {
    await openHost(page, { attrs: { 'data-theme': theme } }, kb);
    await widget.open();
    await expect(widget.panel, theme).toHaveCSS('background-color', bg);
    await widget.part('close').click();
    await page.unrouteAll();
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await openHost(page, { attrs: { 'data-theme': 'dark' } }, kb);
  await widget.open();
  await expect(widget.panel).toHaveCSS('background-color', DARK);
  await expect(widget.panel).toHaveCSS('color', 'rgb(238, 240, 243)');
});

test('data-launcher-label shows text on the launcher, which is then its accessible name', async ({ page, widget }) => {
  await openHost(page, { attrs: { 'data-launcher-label': 'Questions?' } }, kb);
  await expect(widget.launcher).toHaveText('Questions?');
  await expect(widget.launcher).toHaveAccessibleName('Questions?');
  const box = await widget.launcherBox();
  expect(box.width).toBeGreaterThan(box.height + 40);
  await widget.open();
  await expect(widget.launcher).toHaveAttribute('aria-label', 'Close chat');
});

test('data-launcher="none" hides the launcher; the site opens the panel from its own button and gets focus back', async ({
  page,
  widget,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openHost(
    page,
    {
      attrs: { 'data-launcher': 'none' },
      body: '<button id="open-chat">Ask our FAQ</button><script src="/fixtures/open-chat.js"></script>',
    },
    kb,
  );
  await page.waitForLoadState('load');
  await expect(widget.launcher).toHaveCount(0);
  await page.locator('#open-chat').focus();
  await page.keyboard.press('Enter');
  await expect(widget.panel).toBeVisible();
  await expect(widget.input).toBeFocused();
  const panel = (await widget.panel.boundingBox())!;
  const view = page.viewportSize()!;
  // The panel sits where the launcher would have been, at the bottom offset (phones: the whole screen).
  expect(Math.round(panel.y + panel.height)).toBe(view.width <= 480 ? view.height : view.height - 20);
  await page.keyboard.press('Escape');
  await expect(widget.panel).toBeHidden();
  await expect(page.locator('#open-chat')).toBeFocused();
});

test('CSS custom properties set the launcher size, offsets and accent', async ({ page, widget }) => {
  await openHost(
    page,
    {
      head: '<style>faq-chat { --faq-chat-launcher-size: 64px; --faq-chat-offset-x: 30px; --faq-chat-offset-y: 40px; --faq-chat-accent: #7c2d12 }</style>',
    },
    kb,
  );
  const view = page.viewportSize()!;
  // Polled: faq-chat-app.js may be replacing the plain launcher (same size and place) at that moment.
  await expect
    .poll(async () => {
      const box = await widget.launcher.boundingBox();
      return (
        box && [box.width, box.height, view.width - box.x - box.width, view.height - box.y - box.height].map(Math.round)
      );
    })
    .toEqual([64, 64, 30, 40]);
  await expect(widget.launcher).toHaveCSS('background-color', 'rgb(124, 45, 18)');
});
