import { readFileSync } from 'node:fs';
import type { KnowledgeBase } from '../src/engine/types';
import { expect, test } from './fixtures';

// The demo page embeds the default knowledge base with the exact snippet; assert only what that file says.
const kb: KnowledgeBase = JSON.parse(readFileSync('knowledge/faq.json', 'utf8'));
const starters = (kb.suggestions ?? []).map((id) => kb.entries.find((e) => e.id == id)!);

test('the demo page answers a starter question, with the booking link in view', async ({ page, widget }) => {
  await page.goto('/');
  await widget.open();
  await expect(widget.part('starter')).toHaveText(starters.map((e) => e.question));
  await expect(widget.booking).toBeInViewport();
  const first = starters[0];
  await widget.part('starter').first().click();
  await expect(widget.visitorMessages).toHaveText([first.question]);
  await expect(widget.booking).toHaveText(kb.cta!.label!);
  await expect(widget.booking).toHaveAttribute('href', kb.cta!.url);
  await expect(widget.booking).toHaveAttribute('target', '_blank');
  await expect(widget.booking).toBeInViewport();
});

test("the demo page shows a site owner how to match their brand: data-accent is the page's own colour", async ({
  page,
  widget,
}) => {
  await page.goto('/');
  const brand = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--brand').trim(),
  );
  const accent = await page.locator('script[src$="faq-chat.js"]').getAttribute('data-accent');
  expect(accent).toBe(brand);
  await expect(widget.launcher).toHaveCSS('background-color', 'rgb(15, 76, 92)');
});

test('the demo page answers each entry asked in its own words, with that very entry', async ({ page, widget }) => {
  await page.goto('/');
  // The faq-chat:answer events name the entry that answered.
  await page.evaluate(() => {
    const w = window as unknown as { answered: string[] };
    w.answered = [];
    addEventListener('faq-chat:answer', (e) => {
      if (e.detail.id) w.answered.push(e.detail.id);
    });
  });
  await widget.open();
  const asked = kb.entries.slice(0, 3);
  for (const e of asked) {
    await widget.ask(e.question);
    await expect(widget.part('fallback')).toHaveCount(0);
  }
  await expect(widget.answers).toHaveCount(3);
  const answered = () => page.evaluate(() => (window as unknown as { answered: string[] }).answered);
  await expect.poll(answered).toEqual(asked.map((e) => e.id));
});

test("the article's own button opens the widget through window.FaqChat", async ({ page, widget }) => {
  await page.goto('/');
  await page.locator('#open-chat').click();
  await expect(widget.panel).toBeVisible();
  await expect(widget.input).toBeFocused();
});
