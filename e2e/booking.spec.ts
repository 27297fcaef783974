import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { expect, test, type Widget } from './fixtures';
import { openHost } from './hardening-helpers';

// The booking link is always one tap away while the panel is open, "Did you mean…" has a way out, and the
// three kinds of chips can be told apart (issue 12). Every test runs on the desktop and the phone project.
const kb = JSON.parse(readFileSync('e2e/fixtures/kb.json', 'utf8'));
const BOOK = 'https://cal.example.com/acme/intro';

/** Opens a host page whose booking links may not navigate (a click is recorded, the new tab is closed). */
async function start(page: Page, widget: Widget, attrs: Record<string, string> = {}) {
  await page.context().route('https://cal.example.com/**', (r) => r.fulfill({ body: 'booking page' }));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openHost(page, { attrs }, kb);
  await widget.open();
}

/** The footer's booking link is fully inside the window, with the knowledge file's label and URL. */
async function bookable(widget: Widget, url = BOOK) {
  await expect(widget.booking).toBeInViewport({ ratio: 1 });
  await expect(widget.booking).toHaveText('Book a call');
  await expect(widget.booking).toHaveAttribute('href', url);
}

test('the booking link is in view just after opening, after an answer, a "Did you mean", an "I don\'t know" and twenty messages', async ({
  page,
  widget,
}) => {
  await start(page, widget);
  await bookable(widget);
  await widget.ask('pricing');
  await expect(widget.answers.last()).toContainText('from €12,000');
  await bookable(widget);
  await widget.ask('does openai train');
  await expect(widget.part('suggestion')).toHaveCount(2);
  await bookable(widget);
  await widget.ask('what is the weather in paris');
  await expect(widget.part('fallback')).toBeVisible();
  await bookable(widget);
  for (let i = 0; i < 8; i++) await widget.ask(i % 2 ? 'self-hosted' : 'pricing');
  await expect(widget.visitorMessages).toHaveCount(11);
  await expect(widget.answers).toHaveCount(11);
  await bookable(widget);
  // The panel scrolls, the footer does not: the newest answer and the link are both in view.
  await expect(widget.answers.last()).toBeInViewport();
});

test('the booking link is in view while a reply is being typed', async ({ page, widget }) => {
  // The knowledge file arrives late, so the question waits with the typing dots; the embed's cta-url needs no file.
  const late = async (r: Route) => {
    await new Promise((done) => setTimeout(done, 1500));
    await r.fulfill({ contentType: 'application/json', body: JSON.stringify(kb) });
  };
  await openHost(
    page,
    { attrs: { 'data-cta-url': 'https://book.example.com/now', 'data-cta-label': 'Talk to us' } },
    late,
  );
  await widget.open();
  await widget.ask('pricing');
  await expect(widget.part('messages').getByRole('status')).toBeVisible();
  await expect(widget.booking).toBeInViewport({ ratio: 1 });
  await expect(widget.booking).toHaveText('Talk to us');
  await expect(widget.answers.last()).toContainText('from €12,000');
  await expect(widget.booking).toBeInViewport({ ratio: 1 });
});

test('on a short screen (the on-screen keyboard up) the booking link and the text box stay in view', async ({
  page,
  widget,
}) => {
  await start(page, widget);
  await widget.ask('pricing');
  await expect(widget.answers.last()).toContainText('from €12,000');
  const { width } = page.viewportSize()!;
  // A phone with its keyboard up leaves about 420 px; a desktop window can be as short.
  await page.setViewportSize({ width, height: 420 });
  await widget.input.focus();
  await expect(widget.booking).toBeInViewport({ ratio: 1 });
  await expect(widget.input).toBeInViewport({ ratio: 1 });
  await expect(widget.part('header')).toBeInViewport({ ratio: 1 });
});

test('the footer link opens a new tab safely, keeps prefill and UTM, and fires faq-chat:cta-click with the latest question', async ({
  page,
  widget,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { clicks: unknown[] };
    w.clicks = [];
    document.addEventListener('faq-chat:cta-click', (e) => w.clicks.push((e as CustomEvent).detail));
  });
  await start(page, widget, { 'data-cta-prefill': '', 'data-cta-utm': 'utm_source=faq-chat' });
  await expect(widget.booking).toHaveAttribute('href', `${BOOK}?utm_source=faq-chat`);
  await widget.ask('how much is it?');
  await expect(widget.answers.last()).toContainText('from €12,000');
  const url = `${BOOK}?utm_source=faq-chat&notes=how+much+is+it%3F`;
  await expect(widget.booking).toHaveAttribute('href', url);
  await expect(widget.booking).toHaveAttribute('target', '_blank');
  await expect(widget.booking).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(widget.booking).toHaveAttribute('part', 'cta cta-footer');
  const [tab] = await Promise.all([page.waitForEvent('popup'), widget.booking.click()]);
  expect(tab.url()).toBe(url);
  expect(await tab.evaluate(() => window.opener)).toBeNull();
  await tab.close();
  expect(await page.evaluate(() => (window as unknown as { clicks: unknown[] }).clicks)).toEqual([
    { type: 'cta-click', text: 'how much is it?', url },
  ]);
});

test("an entry's own booking link is offered with its answer, beside the footer's", async ({ page, widget }) => {
  await start(page, widget);
  await widget.ask('will you sign a baa');
  const own = widget.lastReply.locator('[part="cta"]');
  await expect(own).toHaveText('Talk to compliance');
  await expect(own).toHaveAttribute('href', 'https://acme.example.com/compliance');
  await bookable(widget);
  // Answers without their own link leave booking to the footer: one link in view, not one per answer.
  await widget.ask('pricing');
  await expect(widget.answers.last()).toContainText('from €12,000');
  await expect(widget.lastReply.locator('[part~="cta"]')).toHaveCount(0);
});

test('without any booking URL there is no footer link', async ({ page, widget }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openHost(page, {}, { ...kb, cta: undefined });
  await widget.open();
  await widget.ask('what is the weather in paris');
  await expect(widget.part('fallback')).toBeVisible();
  await expect(widget.part('cta')).toHaveCount(0);
});

test('"None of these" is the last choice: it shows the fallback, puts the booking link first, and fires faq-chat:unanswered', async ({
  page,
  widget,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { unanswered: unknown[] };
    w.unanswered = [];
    document.addEventListener('faq-chat:unanswered', (e) => w.unanswered.push((e as CustomEvent).detail));
  });
  await start(page, widget);
  await widget.ask('does openai train');
  const choices = widget.lastReply.getByRole('group', { name: 'Did you mean…' }).getByRole('button');
  await expect(choices).toHaveText([
    'Does OpenAI train on ChatGPT conversations?',
    'Does OpenAI train on data sent through its API?',
    'None of these',
  ]);
  await expect(widget.booking).not.toHaveClass(/stuck/);
  await choices.last().click();
  await expect(widget.visitorMessages.last()).toHaveText('None of these');
  await expect(widget.part('fallback')).toBeVisible();
  await expect(widget.booking).toHaveClass(/stuck/);
  await bookable(widget);
  expect(await page.evaluate(() => (window as unknown as { unanswered: unknown[] }).unanswered)).toEqual([
    {
      type: 'unanswered',
      text: 'does openai train',
      status: 'none',
      score: 0,
      suggestions: ['openai-chatgpt', 'openai-api'],
      noneOfThese: true,
    },
  ]);
});

test('"None of these" is reached by keyboard and its fallback is announced', async ({ page, widget }) => {
  await start(page, widget);
  await widget.ask('does openai train');
  const choices = widget.lastReply.getByRole('group', { name: 'Did you mean…' }).getByRole('button');
  await expect(choices).toHaveCount(3);
  await choices.nth(1).focus();
  await page.keyboard.press('Tab');
  await expect(choices.last()).toBeFocused();
  await expect(choices.last()).toHaveAccessibleName('None of these');
  await page.keyboard.press('Enter');
  await expect(widget.part('fallback')).toBeVisible();
  await expect(widget.host.locator('[aria-live="polite"]')).toHaveText(
    kb.fallback ?? "Sorry, I don't know that one. Our team can help.",
  );
  // The next Tab after the conversation still reaches the booking link, then the text box.
  await widget.booking.focus();
  await page.keyboard.press('Tab');
  await expect(widget.input).toBeFocused();
});

test('starters, "Did you mean" choices, follow-ups and "None of these" carry their own part names and look different', async ({
  page,
  widget,
}) => {
  await start(page, widget);
  await expect(widget.part('chip')).toHaveCount(3);
  const parts = (loc: ReturnType<Widget['part']>) => loc.evaluateAll((els) => els.map((e) => e.getAttribute('part')));
  expect(await parts(widget.part('chip'))).toEqual(['chip starter', 'chip starter', 'chip starter']);
  const look = (loc: ReturnType<Widget['part']>) =>
    loc.first().evaluate((e) => {
      const s = getComputedStyle(e);
      return [s.borderTopLeftRadius, s.borderTopStyle, s.borderTopColor, s.backgroundColor, s.fontWeight].join(' ');
    });
  const starter = await look(widget.part('starter'));
  await widget.part('starter').first().click(); // pricing, which has a follow-up
  await expect(widget.part('follow-up')).toHaveCount(1);
  expect(await parts(widget.part('follow-up'))).toEqual(['chip follow-up']);
  await expect(widget.lastReply.getByText('Related questions', { exact: true })).toBeVisible();
  const followUp = await look(widget.part('follow-up'));
  await widget.ask('does openai train');
  await expect(widget.part('suggestion')).toHaveCount(2);
  expect(await parts(widget.lastReply.locator('[part~="chip"]'))).toEqual([
    'chip suggestion',
    'chip suggestion',
    'chip none-of-these',
  ]);
  const suggestion = await look(widget.part('suggestion'));
  const way = await look(widget.part('none-of-these'));
  expect(new Set([starter, followUp, suggestion, way]).size).toBe(4);
});
