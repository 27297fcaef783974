import { expect, test } from './fixtures';
import { openHost, smallKb, watchHost } from './hardening-helpers';

// Whatever a visitor types is shown as typed, answered, and never breaks the widget. How fast is measured by
// `npm run bench:page` (bench/input-page.ts), not asserted here: wall-clock limits fail on a busy machine. The
// expectations' own timeouts only catch a hang.

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('a 10,000-character message is clipped with a visible note and answered', async ({ page, widget }) => {
  const host = await watchHost(page);
  await openHost(page, {}, smallKb);
  await widget.open();
  const long = 'how much does it cost '.repeat(455).slice(0, 10_000);
  await widget.ask(long);
  await expect(widget.answers).toHaveCount(1);
  const shown = (await widget.visitorMessages.last().textContent())!;
  expect(shown.length).toBeLessThan(long.length);
  expect(long.startsWith(shown)).toBe(true);
  await expect(widget.host.locator('.note')).toHaveText(/shortened to \d+ characters/);
  await expect(widget.answers.last()).toBeVisible();
  expect(await host.all()).toEqual([]);
});

test('emoji, RTL text, zero-width and control characters are shown exactly as typed', async ({ page, widget }) => {
  const host = await watchHost(page);
  await openHost(page, {}, smallKb);
  await widget.open();
  const texts = [
    '😀🎉👍🏽👨‍👩‍👧',
    'كم تكلفة النشر؟',
    'מה המחיר?',
    'pri\u200bcing\u200d\ufeff',
    'a\u0000b\u0007c\u001b[31md\u202ee\u2066f',
  ];
  for (const t of texts) await widget.ask(t);
  await expect(widget.answers).toHaveCount(texts.length);
  expect(await widget.visitorMessages.allTextContents()).toEqual(texts.map((t) => t.trim()));
  // An Arabic message reads right to left inside the left-to-right widget.
  const rtl = await widget.visitorMessages.nth(1).evaluate((el) => {
    const range = document.createRange();
    const text = el.firstChild!;
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const first = range.getBoundingClientRect().x;
    range.setStart(text, 2);
    range.setEnd(text, 3);
    return first > range.getBoundingClientRect().x;
  });
  expect(rtl).toBe(true);
  await widget.ask('pricing');
  await expect(widget.answers.last()).toContainText('from €12,000');
  expect(await host.all()).toEqual([]);
});

test('messages of only whitespace or invisible characters are not sent', async ({ page, widget }) => {
  await openHost(page, {}, smallKb);
  await widget.open();
  for (const t of ['   ', '\n\n\t', '\u00a0\u3000\u2003', '\u200b\u200c\u200d\u2060\ufeff']) await widget.ask(t);
  await widget.part('send').click();
  await expect(widget.visitorMessages).toHaveCount(0);
  await expect(widget.answers).toHaveCount(0);
});

test('200 messages sent as fast as possible: every one shown and answered, no error, and the panel still responds', async ({
  page,
  widget,
}) => {
  const host = await watchHost(page);
  await openHost(page, {}, smallKb);
  await widget.open();
  await widget.host.evaluate((host) => {
    const box = host.shadowRoot!.querySelector('textarea')!;
    for (let i = 0; i < 200; i++) {
      box.value = i % 2 ? 'pricing ' + i : 'hello?? ' + i;
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    }
  });
  await expect(widget.visitorMessages).toHaveCount(200);
  await expect(widget.answers).toHaveCount(200);
  await widget.part('close').click();
  await expect(widget.panel).toBeHidden();
  await widget.launcher.click();
  await expect(widget.panel).toBeVisible();
  await expect(widget.answers).toHaveCount(200);
  expect(await host.all()).toEqual([]);
});

test('a 500-message conversation keeps answering, typing and reopening', async ({ page, widget }) => {
  test.setTimeout(40_000);
  const host = await watchHost(page);
  await openHost(page, {}, smallKb);
  await widget.open();
  await widget.host.evaluate((host) => {
    const box = host.shadowRoot!.querySelector('textarea')!;
    for (let i = 0; i < 250; i++) {
      box.value = i % 3 ? 'pricing' : 'can you host it on our servers';
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    }
  });
  await expect(widget.answers).toHaveCount(250);
  // More questions are still answered, each once.
  for (let i = 1; i <= 5; i++) {
    await widget.ask('pricing');
    await expect(widget.answers).toHaveCount(250 + i);
  }
  // Typing still reaches the box.
  await widget.input.pressSequentially('hello');
  await expect(widget.input).toHaveValue('hello');
  // Close and reopen renders the whole list again, and the conversation survives a reload.
  await widget.part('close').click();
  await widget.launcher.click();
  await expect(widget.panel).toBeVisible();
  await expect(widget.answers).toHaveCount(255);
  await page.reload();
  await expect(widget.panel).toBeVisible();
  await expect(widget.answers.last()).toContainText('from €12,000');
  expect(await host.all()).toEqual([]);
});
