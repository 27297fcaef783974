import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, type Widget } from './fixtures';
import { openHost } from './hardening-helpers';

// The closed panel is rendered ahead, hidden, on idle (issue 15), so that opening it only shows it and focuses the
// text box. Until opened it must be nothing to the visitor: not seen, not focusable, not announced, not in the way.
const kb = JSON.parse(readFileSync('e2e/fixtures/kb.json', 'utf8'));

/** A host-page button under the middle of where the panel opens; clicking it records a hit. */
const beneath =
  '<button id="beneath" style="position:fixed;right:60px;bottom:260px;width:120px;height:60px" onclick="window.hits=(window.hits||0)+1">Host button</button>';

/** Waits until the whole closed panel (frame and conversation) has been rendered ahead. */
async function renderedAhead(widget: Widget) {
  await expect(widget.panel).toBeAttached({ timeout: 10_000 });
  await expect(widget.part('messages')).toBeAttached();
  await expect(widget.part('chip')).toHaveCount(kb.suggestions.length);
}

async function axe(page: Page) {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const { violations } = await new AxeBuilder({ page }).include('faq-chat').withTags(tags).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
}

test('the panel rendered ahead is hidden, inert, unfocusable and not in the accessibility tree', async ({
  page,
  widget,
}) => {
  await openHost(page, {}, kb);
  await renderedAhead(widget);
  await expect(widget.panel).toBeHidden();
  await expect(widget.input).toBeHidden();
  expect(await widget.panel.evaluate((p) => [(p as HTMLElement).inert, getComputedStyle(p).visibility])).toEqual([
    true,
    'hidden',
  ]);
  // Nothing inside takes focus, by script or by Tab.
  const took = await widget.host.evaluate((host) => {
    const root = host.shadowRoot!;
    return [...root.querySelectorAll<HTMLElement>('.panel button, .panel textarea, .panel a')].filter((el) => {
      el.focus();
      return root.activeElement == el;
    }).length;
  });
  expect(took).toBe(0);
  await widget.launcher.focus();
  await page.keyboard.press('Tab');
  expect(await widget.host.evaluate((host) => host.shadowRoot!.activeElement?.closest('.panel') ?? null)).toBeNull();
  // Screen readers see the launcher only.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  const tree = await widget.host.ariaSnapshot();
  expect(tree).toContain('button');
  expect(tree).not.toMatch(/dialog|textbox|heading/);
  expect(await axe(page)).toEqual([]);
  await expect(widget.launcher).toHaveAttribute('aria-expanded', 'false');
});

test('the panel rendered ahead lets clicks through to the host page and leaves the page as it was', async ({
  page,
  widget,
}) => {
  await openHost(page, { body: beneath }, kb);
  await renderedAhead(widget);
  const button = (await page.locator('#beneath').boundingBox())!;
  const panel = (await widget.panel.boundingBox())!;
  const [x, y] = [button.x + button.width / 2, button.y + button.height / 2];
  // The point is inside the hidden panel's box, so the test means something.
  expect(x > panel.x && x < panel.x + panel.width && y > panel.y && y < panel.y + panel.height).toBe(true);
  expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.id, [x, y])).toBe('beneath');
  await page.mouse.click(x, y);
  expect(await page.evaluate(() => (window as unknown as { hits?: number }).hits)).toBe(1);
  // Closed, the page keeps its scrolling and the launcher stays (on phones the open panel replaces both).
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('visible');
  await expect(widget.launcher).toBeVisible();
  // Open, the panel takes the clicks; closed again, the page has them back.
  await widget.open();
  expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName, [x, y])).toBe('FAQ-CHAT');
  await widget.part('close').click();
  await expect(widget.panel).toBeHidden();
  expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.id, [x, y])).toBe('beneath');
});

test('opening the panel rendered ahead focuses the text box and plays the entrance animation, every time', async ({
  page,
  widget,
}) => {
  await openHost(page, {}, kb);
  await renderedAhead(widget);
  await widget.host.evaluate((host) => {
    const w = window as unknown as { started: string[] };
    w.started = [];
    host.shadowRoot!.addEventListener('animationstart', (e) => w.started.push((e as AnimationEvent).animationName));
  });
  const started = () =>
    page.evaluate(() => (window as unknown as { started: string[] }).started.filter((n) => n == 'rise').length);
  for (const times of [1, 2]) {
    await widget.launcher.click();
    await expect(widget.panel).toBeVisible();
    await expect(widget.input).toBeFocused();
    await expect(widget.launcher).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(started).toBe(times);
    await page.keyboard.press('Escape');
    await expect(widget.panel).toBeHidden();
    await expect(widget.launcher).toBeFocused();
    await expect(widget.launcher).toHaveAttribute('aria-expanded', 'false');
  }
});

test('a conversation continues in the panel kept rendered after closing', async ({ page, widget }) => {
  await openHost(page, {}, kb);
  await widget.open();
  await widget.ask('pricing');
  await expect(widget.answers.last()).toContainText('from €12,000');
  await widget.part('close').click();
  await expect(widget.panel).toBeHidden();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await widget.open();
  await expect(widget.answers).toHaveCount(1);
  await expect(widget.input).toBeFocused();
});
