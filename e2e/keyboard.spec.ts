import { expect, test } from './fixtures';

test('the widget is usable with the keyboard alone', async ({ page, widget }) => {
  await page.goto('/fixtures/bare.html');
  await expect(widget.launcher).toBeVisible();
  for (let i = 0; i < 5 && !(await widget.launcher.evaluate((e) => e.matches(':focus'))); i++)
    await page.keyboard.press('Tab');
  await expect(widget.launcher).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(widget.panel).toBeVisible();
  await expect(widget.input).toBeFocused();
  await page.keyboard.type('pricing');
  await page.keyboard.press('Enter');
  await expect(widget.answers.last()).toContainText('from €12,000');
  // Back from the text box: the footer's booking link, then the reply's follow-up chip, and forward again.
  const chip = widget.lastReply.locator('[part~="chip"]');
  await page.keyboard.press('Shift+Tab');
  await expect(widget.booking).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(chip).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(widget.booking).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(chip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(widget.answers.last()).toContainText('inside your network');
  await page.keyboard.press('Escape');
  await expect(widget.panel).toBeHidden();
  await expect(widget.launcher).toBeFocused();
  await expect(widget.launcher).toHaveAttribute('aria-expanded', 'false');
});

test('focused controls show a visible focus ring', async ({ page, widget }) => {
  await page.goto('/fixtures/bare.html');
  await expect(widget.launcher).toBeVisible();
  await widget.launcher.focus();
  await page.keyboard.press('Enter');
  await expect(widget.booking).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(widget.booking).toBeFocused();
  await expect(widget.booking).toHaveCSS('outline-style', 'solid');
  const chip = widget.part('chip').last();
  await page.keyboard.press('Shift+Tab');
  await expect(chip).toBeFocused();
  await expect(chip).toHaveCSS('outline-style', 'solid');
});

test('new answers are announced through a polite live region', async ({ page, widget }) => {
  await page.goto('/fixtures/bare.html');
  await widget.open();
  await widget.ask('hipaa');
  await expect(widget.host.locator('[aria-live="polite"]')).toContainText('Business Associate Agreement');
});
