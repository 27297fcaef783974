import { readFileSync } from 'node:fs';
import type { KnowledgeBase } from '../src/engine/types';
import { expect, test } from './fixtures';

// The demo page embeds the default knowledge base with the exact snippet; assert only what that file says.
const kb: KnowledgeBase = JSON.parse(readFileSync('knowledge/faq.json', 'utf8'));
const starters = (kb.suggestions ?? []).map((id) => kb.entries.find((e) => e.id == id)!);

test('the demo page answers a starter question with the booking link', async ({ page, widget }) => {
  await page.goto('/');
  await widget.open();
  await expect(widget.part('chip')).toHaveText(starters.map((e) => e.question));
  const first = starters[0];
  await widget.part('chip').first().click();
  await expect(widget.visitorMessages).toHaveText([first.question]);
  const cta = widget.lastReply.locator('[part="cta"]');
  await expect(cta).toHaveAttribute('href', (first.cta ?? kb.cta)!.url);
  await expect(cta).toHaveAttribute('target', '_blank');
});

test('the demo page answers each entry asked in its own words', async ({ page, widget }) => {
  await page.goto('/');
  await widget.open();
  for (const e of kb.entries.slice(0, 3)) {
    await widget.ask(e.question);
    await expect(widget.answers.last()).not.toHaveText('');
    await expect(widget.part('fallback')).toHaveCount(0);
  }
  await expect(widget.answers).toHaveCount(3);
});

test("the article's own button opens the widget through window.FaqChat", async ({ page, widget }) => {
  await page.goto('/');
  await page.locator('#open-chat').click();
  await expect(widget.panel).toBeVisible();
  await expect(widget.input).toBeFocused();
});
