import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { runStudio, type StudioRun } from './studio-helpers';

// WCAG 2.2 AA on the studio page (the widget beside it included), light and dark, desktop and 390 px wide,
// with a Check's report and the conflict view showing. The screenshots are kept in test-results/ to look at.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let s: StudioRun | undefined;
test.afterEach(() => {
  s?.stop();
  s = undefined;
});

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
  );
}

/** Opens the studio, checks two questions and makes Save find an outside change. */
async function everything(page: Page) {
  s = await runStudio(readFileSync('e2e/fixtures/kb.json', 'utf8'));
  await page.goto(s.url);
  await page.getByLabel('Visitor questions').fill('how much is it\nwhat is the meaning of life');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('.checked')).toHaveCount(2, { timeout: 60_000 });
  await page.getByLabel('Question', { exact: true }).fill('');
  writeFileSync(s.file, s.read().replace('Acme AI help', 'Acme help'));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
}

for (const [name, width, scheme] of [
  ['desktop light', 1280, 'light'],
  ['desktop dark', 1280, 'dark'],
  ['390 px dark', 390, 'dark'],
  ['390 px light', 390, 'light'],
] as const) {
  test(`no axe violations: ${name}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await everything(page);
    expect(await violations(page)).toEqual([]);
    // Nothing sticks out sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: test.info().outputPath(`studio-${name.replace(/ /g, '-')}.png`), fullPage: true });
  });
}

test('the controls have the names the issue lists', async ({ page }) => {
  s = await runStudio(readFileSync('e2e/fixtures/kb.json', 'utf8'));
  await page.goto(s.url);
  for (const name of ['Save', 'Build', 'Add entry', 'Check'])
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(1);
  for (const label of ['Question', 'Answer', 'Alternates'])
    await expect(page.getByLabel(label, { exact: true })).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Visitor questions', exact: true })).toHaveCount(1);
});
