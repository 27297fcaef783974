import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type Widget } from './fixtures';
import { openHost } from './hardening-helpers';

// WCAG 2.2 AA, checked by axe-core in every state a visitor sees, in both themes.
const kb = JSON.parse(readFileSync('e2e/fixtures/kb.json', 'utf8'));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe violations inside the widget, as "rule: target" lines (empty when it passes). */
async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include('faq-chat').withTags(TAGS).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
  );
}

const states: [string, (w: Widget) => Promise<void>][] = [
  ['closed', async () => {}],
  ['open', async (w) => w.open()],
  [
    'showing an answer',
    async (w) => {
      await w.open();
      await w.ask('pricing');
      await expect(w.answers.last()).toContainText('from €12,000');
    },
  ],
  [
    'showing did-you-mean',
    async (w) => {
      await w.open();
      await w.ask('does openai train');
      await expect(w.lastReply.locator('[part~="suggestion"]')).toHaveCount(2);
    },
  ],
  [
    'after "None of these"',
    async (w) => {
      await w.open();
      await w.ask('does openai train');
      await w.part('none-of-these').click();
      await expect(w.part('fallback')).toBeVisible();
      await expect(w.booking).toHaveClass(/stuck/);
    },
  ],
  [
    'after a long conversation',
    async (w) => {
      await w.open();
      for (let i = 0; i < 10; i++) await w.ask(i % 2 ? 'self-hosted' : 'pricing');
      await expect(w.answers).toHaveCount(10);
      await expect(w.booking).toBeInViewport();
    },
  ],
  [
    'showing the fallback',
    async (w) => {
      await w.open();
      await w.ask('what is the weather in paris');
      await expect(w.part('fallback')).toBeVisible();
    },
  ],
];

for (const theme of ['light', 'dark'] as const)
  for (const [name, reach] of states)
    test(`axe finds no WCAG 2.2 AA violation with the panel ${name}, ${theme} theme`, async ({ page, widget }) => {
      // No entrance animation: axe must see final colours, not a half-faded panel.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openHost(page, { attrs: { 'data-theme': theme } }, kb);
      await expect(widget.launcher).toBeVisible();
      await reach(widget);
      if (name != 'closed')
        await expect(widget.panel).toHaveCSS(
          'background-color',
          theme == 'dark' ? 'rgb(21, 24, 30)' : 'rgb(255, 255, 255)',
        );
      expect(await violations(page)).toEqual([]);
    });

test('the auto theme follows prefers-color-scheme, and axe passes in both', async ({ page, widget }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await openHost(page, {}, kb);
  await widget.open();
  await widget.ask('pricing');
  await expect(widget.panel).toHaveCSS('background-color', 'rgb(21, 24, 30)');
  expect(await violations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(widget.panel).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  expect(await violations(page)).toEqual([]);
});

test('prefers-reduced-motion removes every animation and transition', async ({ page, widget }) => {
  const moving = () =>
    widget.host.evaluate(
      (h) =>
        [...h.shadowRoot!.querySelectorAll('*')].filter((el) => {
          const s = getComputedStyle(el);
          return s.animationName != 'none' || s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
        }).length,
    );
  await openHost(page, {}, kb);
  await widget.open();
  expect(await moving()).toBeGreaterThan(0);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await widget.part('close').click();
  await widget.open();
  await widget.ask('pricing');
  await expect(widget.answers.last()).toBeVisible();
  expect(await moving()).toBe(0);
});

test('the launcher is a labelled button and the panel a labelled dialog; Escape closes and focus returns', async ({
  page,
  widget,
}) => {
  await openHost(page, {}, kb);
  await expect(widget.launcher).toHaveRole('button');
  await expect(widget.launcher).toHaveAccessibleName('Open chat');
  await expect(widget.launcher).toHaveAttribute('aria-expanded', 'false');
  await widget.launcher.focus();
  await page.keyboard.press('Enter');
  await expect(widget.panel).toHaveRole('dialog');
  await expect(widget.panel).toHaveAccessibleName('Acme AI help');
  await expect(widget.launcher).toHaveAttribute('aria-expanded', 'true');
  await expect(widget.input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(widget.panel).toBeHidden();
  await expect(widget.launcher).toBeFocused();
});
