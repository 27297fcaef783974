import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateKnowledgeBase } from '../src/testing/generate-kb';
import { fixtureWithExtras, runStudio, type StudioRun } from './studio-helpers';

// faq-chat studio, driven as a site owner would, against the built CLI on a temporary copy of a knowledge file.
// Timeouts only catch hangs: the studio loads its sentence encoder in the background a few seconds after the page,
// which on a busy machine can hold a request for seconds.
let studio: StudioRun | undefined;
test.afterEach(() => {
  studio?.stop();
  studio = undefined;
});

async function open(page: Page, text: string) {
  studio = await runStudio(text);
  await page.goto(studio.url);
  await expect(page.getByLabel('Question', { exact: true })).toBeVisible();
  return studio;
}

/** The widget's text box and replies (open shadow root: Playwright's locators pierce it). */
const widget = (page: Page) => ({
  ask: async (text: string) => {
    const box = page.locator('faq-chat [part~="input"]');
    await box.fill(text);
    await box.press('Enter');
  },
  replies: page.locator('faq-chat [part~="message-answer"]'),
});

test('editing a question and an answer, Save writes them, keeping unknown fields, key order and a .bak.json', async ({
  page,
}) => {
  const before = fixtureWithExtras();
  const s = await open(page, before);
  await page.getByLabel('Question', { exact: true }).fill('What does a deployment cost?');
  await page.getByLabel('Answer', { exact: true }).fill('From **€15,000**.');
  await expect(page.getByRole('group', { name: 'Answer preview' }).locator('strong')).toHaveText('€15,000');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Saved', { timeout: 15_000 });
  const was = JSON.parse(before);
  const now = JSON.parse(s.read());
  expect(now.entries[0].question).toBe('What does a deployment cost?');
  expect(now.entries[0].answer).toBe('From **€15,000**.');
  expect(Object.keys(now)).toEqual(Object.keys(was));
  expect(Object.keys(now.entries[0])).toEqual(Object.keys(was.entries[0]));
  expect(now['x-notes']).toBe('kept by the studio');
  expect(now.entries[0]['x-owner']).toBe('sales');
  expect(now.strings).toEqual({ placeholder: 'Ask away' });
  expect(now.entries.slice(1)).toEqual(was.entries.slice(1));
  expect(readFileSync(join(s.dir, 'faq.bak.json'), 'utf8')).toBe(before);
});

test('a pasted visitor question added as an alternate is answered by the widget beside the editor', async ({
  page,
}) => {
  // The first Check loads the sentence encoder in the studio server: seconds, more on a busy machine.
  test.setTimeout(120_000);
  const question = 'what will the zorblax set me back';
  await open(page, readFileSync('e2e/fixtures/kb.json', 'utf8'));
  const w = widget(page);
  await w.ask(question);
  // The widget loads its app on idle; on a busy machine that can take a while.
  await expect(page.locator('faq-chat [part~="fallback"], faq-chat [part~="suggestion"]').first()).toBeVisible({
    timeout: 15_000,
  });
  await expect(w.replies.filter({ hasText: 'from €12,000' })).toHaveCount(0);

  await page.getByLabel('Visitor questions').fill(question);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const row = page.locator('.checked', { hasText: question });
  await expect(row).toBeVisible({ timeout: 60_000 });
  await row.getByLabel('Entry').fill('pricing');
  await row.getByRole('button', { name: 'Add as alternate' }).click();
  await expect(row).toContainText('added to “pricing”');
  await page.locator('.entry-list button', { hasText: 'How much does a deployment cost?' }).click();
  await expect(page.getByLabel('Alternates', { exact: true })).toHaveValue(new RegExp(question));

  // The widget mounts again on the edits once they settle; ask until the new widget has them.
  await expect(async () => {
    await w.ask(question);
    await expect(w.replies.last()).toContainText('from €12,000', { timeout: 1500 });
  }).toPass({ timeout: 20_000 });
});

test('Build writes the compiled file, and Export the FAQPage JSON-LD, beside the knowledge file', async ({ page }) => {
  test.setTimeout(120_000);
  const s = await open(page, readFileSync('e2e/fixtures/kb.json', 'utf8'));
  await page.getByRole('button', { name: 'Build', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Built', { timeout: 100_000 });
  const compiled = JSON.parse(readFileSync(join(s.dir, 'faq.compiled.json'), 'utf8'));
  expect(compiled.compiled.version).toBe(1);
  expect(compiled.entries.map((e: { id: string }) => e.id)).toEqual(
    JSON.parse(s.read()).entries.map((e: { id: string }) => e.id),
  );
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Exported');
  const jsonLd = readFileSync(join(s.dir, 'faq.faqpage.html'), 'utf8');
  expect(jsonLd).toContain('"@type": "FAQPage"');
  expect(jsonLd).toContain('How much does a deployment cost?');
});

test('an edit made on disk after loading is detected at Save and not overwritten', async ({ page }) => {
  const s = await open(page, readFileSync('e2e/fixtures/kb.json', 'utf8'));
  await page.getByLabel('Question', { exact: true }).fill('Edited in the studio');
  const outside = s.read().replace('How much does a deployment cost?', 'Edited in another editor');
  writeFileSync(s.file, outside);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: 'The file changed on disk' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.diff .del')).toHaveText(/^- +"question": "Edited in another editor",\n$/);
  await expect(dialog.locator('.diff .add')).toHaveText(/^\+ +"question": "Edited in the studio",\n$/);
  expect(s.read()).toBe(outside);
  expect(existsSync(join(s.dir, 'faq.bak.json'))).toBe(false);
  // The owner chooses: overwrite with the studio's edits.
  await dialog.getByRole('button', { name: 'Overwrite with my edits' }).click();
  await expect(page.getByRole('status')).toContainText('Saved', { timeout: 15_000 });
  expect(JSON.parse(s.read()).entries[0].question).toBe('Edited in the studio');
  expect(readFileSync(join(s.dir, 'faq.bak.json'), 'utf8')).toBe(outside);
});

test('inline validation shows faq-chat validate’s message on the field as the owner types', async ({ page }) => {
  await open(page, readFileSync('e2e/fixtures/kb.json', 'utf8'));
  const question = page.getByLabel('Question', { exact: true });
  await question.fill('');
  await expect(question).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.problems').first()).toContainText('entries[0].question: must be a non-empty string');
  await question.fill('Back again');
  await expect(question).not.toHaveAttribute('aria-invalid', 'true');
});

test('a knowledge file of 1,000 entries opens and stays responsive', async ({ page }) => {
  test.setTimeout(60_000);
  const kb = generateKnowledgeBase(1000);
  await open(page, JSON.stringify(kb, null, 2));
  await expect(page.locator('.entry-list li')).toHaveCount(1000);
  await page.locator('.entry-list button').nth(999).click();
  const question = page.getByLabel('Question', { exact: true });
  await expect(question).toHaveValue(kb.entries[999].question);
  await question.press('End');
  await question.pressSequentially(' typed');
  await expect(page.locator('.entry-list button').nth(999)).toContainText(`${kb.entries[999].question} typed`);
  await page.getByLabel('Find an entry').fill(kb.entries[500].id);
  await expect(page.locator('.entry-list li')).toHaveCount(1);
});

test('a duplicated entry is listed as hard to tell apart, with what to change', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, readFileSync('e2e/fixtures/kb.json', 'utf8'));
  await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
  await expect(page.getByLabel('Id', { exact: true })).toHaveValue('pricing-copy');
  await page.getByRole('button', { name: 'Find entries hard to tell apart' }).click();
  const pair = page.locator('.pairs > li').filter({ hasText: 'pricing-copy' });
  await expect(pair).toContainText(/(pricing-copy and pricing|pricing and pricing-copy) both use/, { timeout: 60_000 });
  await expect(pair).toContainText('What to change');
  await pair.getByRole('button', { name: 'pricing', exact: true }).click();
  await expect(page.getByLabel('Id', { exact: true })).toHaveValue('pricing');
});
