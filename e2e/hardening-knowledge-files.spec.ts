import type { Page, Route } from '@playwright/test';
import { GREETING_WITHOUT_STARTERS } from '../src/engine/texts';
import { compileKnowledge } from '../src/build/compile';
import type { KnowledgeBase } from '../src/engine/types';
import { allowConsoleErrors, expect, test, type Widget } from './fixtures';
import { KB, openHost, smallKb, watchHost } from './hardening-helpers';
import { ORIGIN } from './origin';

// Every way a knowledge file can be broken. The host page must not notice, the visitor is told answers
// can't be loaded (with the booking link from data-cta-url), and the owner gets one specific console error.

const CTA = 'https://book.example.com/fallback';
const UNAVAILABLE = /answers can.t (be )?load/;
const json =
  (body: string, status = 200, contentType = 'application/json') =>
  (r: Route) =>
    r.fulfill({ status, contentType, body });
const entry = { id: 'price', question: 'How much does it cost?', answer: 'From €1.' };

/** Collects console errors, split into ours and the browser's own "Failed to load resource" lines. */
function consoleOf(page: Page) {
  const ours: string[] = [];
  const other: string[] = [];
  page.on('console', (m) => {
    if (m.type() == 'error') (m.text().startsWith('[faq-chat]') ? ours : other).push(m.text());
  });
  return { ours, other };
}

/** The launcher toggles; the panel says answers can't be loaded and offers the booking link, also after a question. */
async function expectUnavailable(widget: Widget, cta: string | null) {
  await expect(widget.launcher).toBeVisible();
  await widget.open();
  await expect(widget.part('messages')).toContainText(UNAVAILABLE);
  // No starter questions show, so the greeting does not point at any.
  await expect(widget.part('messages')).toContainText(GREETING_WITHOUT_STARTERS);
  await expect(widget.part('messages')).not.toContainText('pick one below');
  if (cta) await expect(widget.booking).toHaveAttribute('href', cta);
  else await expect(widget.part('cta')).toHaveCount(0);
  await widget.ask('How much does it cost?');
  await expect(widget.answers.last()).toHaveText(UNAVAILABLE);
  if (cta) await expect(widget.booking).toHaveAttribute('href', cta);
  if (cta) await expect(widget.booking).toBeInViewport();
  await widget.part('close').click();
  await expect(widget.panel).toBeHidden();
  await widget.open();
}

const broken: { name: string; serve: (r: Route) => unknown; problem: RegExp }[] = [
  { name: 'a 404', serve: json('Not found', 404, 'text/plain'), problem: /the server answered HTTP 404/ },
  { name: 'a 500', serve: json('Oops', 500, 'text/plain'), problem: /the server answered HTTP 500/ },
  { name: 'a network error', serve: (r) => r.abort('failed'), problem: /: Failed to fetch/ },
  {
    name: 'an HTML page without FAQ data',
    serve: json('<!doctype html><html><body>Home</body></html>', 200, 'text/html'),
    problem: /it has no FAQPage questions: faq-chat reads the schema.org FAQPage data/,
  },
  { name: 'malformed JSON', serve: json('{"entries": [{"id": "a",'), problem: /not valid JSON \(.*JSON/ },
  {
    name: 'JSON that fails validation',
    serve: json(JSON.stringify({ entries: [{ id: 'a', question: '', answer: 'x' }] })),
    problem: /\n {2}entries\[0\]\.question: must be a non-empty string/,
  },
  { name: 'an empty entries array', serve: json('{"entries": []}'), problem: /\n {2}entries: must/ },
  { name: 'a JSON array', serve: json('[1, 2]'), problem: /\n {2}\S*: .*(object|entries)/ },
  {
    name: 'a 20 MB file',
    serve: (r) =>
      r.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          entries: Array.from({ length: 80_000 }, (_, i) => ({ ...entry, id: 'e' + i, answer: 'x'.repeat(230) })),
        }),
      }),
    problem: /larger than 10 MB/,
  },
];

for (const c of broken) {
  test(`${c.name}: the widget says answers can't be loaded, offers the booking link and logs one error`, async ({
    page,
    widget,
  }) => {
    allowConsoleErrors();
    const log = consoleOf(page);
    const host = await watchHost(page);
    await openHost(page, { attrs: { 'data-cta-url': CTA } }, c.serve);
    await expectUnavailable(widget, CTA);
    expect(log.ours).toHaveLength(1);
    expect(log.ours[0]).toContain(`[faq-chat] Could not load the knowledge file ${ORIGIN}${KB}`);
    expect(log.ours[0]).toMatch(c.problem);
    expect(log.ours[0]).not.toMatch(/\n\s+at /);
    for (const o of log.other) expect(o).toMatch(/^Failed to load resource/);
    expect(await host.all()).toEqual([]);
  });
}

test('a file that never arrives times out after 10 seconds with a clear error', async ({ page, widget }) => {
  test.setTimeout(30_000);
  allowConsoleErrors();
  const log = consoleOf(page);
  const host = await watchHost(page);
  const started = Date.now();
  await openHost(page, { attrs: { 'data-cta-url': CTA } }, () => {
    /* never answers */
  });
  await widget.open();
  await expect(widget.part('messages')).toContainText(UNAVAILABLE, { timeout: 15_000 });
  expect(Date.now() - started).toBeGreaterThan(9_000);
  await widget.part('close').click();
  await expectUnavailable(widget, CTA);
  expect(log.ours).toEqual([
    `[faq-chat] Could not load the knowledge file ${ORIGIN}${KB}: no answer within 10 seconds.`,
  ]);
  expect(await host.all()).toEqual([]);
});

test('without a data-cta-url a broken file shows no booking link', async ({ page, widget }) => {
  allowConsoleErrors();
  const host = await watchHost(page);
  await openHost(page, {}, json('Not found', 404, 'text/plain'));
  await expectUnavailable(widget, null);
  expect(await host.all()).toEqual([]);
});

test('some invalid entries: the valid ones load and the rest are reported with their paths', async ({
  page,
  widget,
}) => {
  allowConsoleErrors();
  const log = consoleOf(page);
  const host = await watchHost(page);
  const kb = {
    ...smallKb,
    entries: [
      ...smallKb.entries,
      { id: 'price', question: 'Duplicate id', answer: 'Should be skipped.' },
      { id: 'broken', question: 42, answer: 'Not a question.' },
      'not an entry',
    ],
  };
  await openHost(page, {}, kb);
  await widget.open();
  await expect(widget.part('chip')).toHaveText(['How much does it cost?', 'Can you host it on our servers?']);
  await widget.ask('pricing');
  await expect(widget.answers.last()).toContainText('from €12,000');
  await widget.ask('hipaa baa');
  await expect(widget.answers.last()).toContainText('Business Associate Agreement');
  await expect(widget.part('messages')).not.toContainText('Should be skipped');
  expect(log.ours).toHaveLength(1);
  const [msg] = log.ours;
  expect(msg).toContain(`${ORIGIN}${KB}`);
  expect(msg).toMatch(/\n {2}entries\[3\]\.id: .*"price"/);
  expect(msg).toMatch(/\n {2}entries\[4\]\.question: must be a non-empty string/);
  expect(msg).toMatch(/\n {2}entries\[5\]: /);
  expect(await host.all()).toEqual([]);
});

test.describe('a compiled file with a search index (faq-chat build --index)', () => {
  const compiled = compileKnowledge(smallKb as KnowledgeBase, 'faq-chat e2e', undefined, true).knowledge;
  const index = compiled.compiled!.index!;
  /** The stored index plus a word only it knows ("zebra", pointing at the BAA entry): answering it proves the widget read the index. */
  const marked = (kb: KnowledgeBase): KnowledgeBase => ({
    ...kb,
    compiled: { ...kb.compiled!, index: { ...index, t: [...index.t, 'zebra'], p: [...index.p, [12]] } },
  });

  test('is read: a word only the index knows is answered, and so is everything else', async ({ page, widget }) => {
    const host = await watchHost(page);
    const log = consoleOf(page);
    await openHost(page, {}, marked(compiled));
    await widget.open();
    await widget.ask('zebra');
    await expect(widget.answers.last()).toContainText('Business Associate Agreement');
    await widget.ask('pricng');
    await expect(widget.answers.last()).toContainText('from €12,000');
    expect(log.ours).toEqual([]);
    expect(await host.all()).toEqual([]);
  });

  test('is ignored once the entries changed: answers come from the entries, without an error', async ({
    page,
    widget,
  }) => {
    const host = await watchHost(page);
    const log = consoleOf(page);
    const stale = marked({
      ...compiled,
      entries: compiled.entries.map((e) => (e.id == 'baa' ? { ...e, question: 'Will you sign a BAA?' } : e)),
    });
    await openHost(page, {}, stale);
    await widget.open();
    await widget.ask('zebra');
    await expect(widget.part('fallback')).toHaveCount(1);
    await expect(widget.part('messages')).not.toContainText('Business Associate Agreement');
    await widget.ask('hipaa baa');
    await expect(widget.answers.last()).toContainText('Business Associate Agreement');
    expect(log.ours).toEqual([]);
    expect(await host.all()).toEqual([]);
  });

  test('is ignored when damaged: answers come from the entries, without an error', async ({ page, widget }) => {
    const host = await watchHost(page);
    const log = consoleOf(page);
    await openHost(
      page,
      {},
      { ...compiled, compiled: { ...compiled.compiled, index: { ...index, p: 'damaged', w: [null] } } },
    );
    await widget.open();
    await widget.ask('pricng');
    await expect(widget.answers.last()).toContainText('from €12,000');
    expect(log.ours).toEqual([]);
    expect(await host.all()).toEqual([]);
  });
});
