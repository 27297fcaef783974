import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { allowConsoleErrors, expect, test, type Widget } from './fixtures';
import { watchHost } from './hardening-helpers';
import { LOAD_MS, watchWorker } from './encoder-helpers';
import { ORIGIN, PORT } from './origin';

// faq-chat from a CDN: the page on http://localhost:PORT, the "CDN" on http://127.0.0.1:PORT (another origin) serving
// the built files with CORS headers (/cdn/…) or without (/cdn-nocors/…), as scripts/serve.mjs does.

const CDN_ORIGIN = `http://127.0.0.1:${PORT}`;
const KB = JSON.parse(readFileSync('e2e/fixtures/semantic-kb.json', 'utf8'));
const entry = (id: string) => KB.entries.find((e: { id: string }) => e.id == id);
/** Shares no content word with the support-hours entry: word matching offers choices, the encoder answers it. */
const PARAPHRASE = 'how do i talk to a human';
const SUPPORT: string = entry('support-hours').answer.split('[')[0].trim();

/**
 * Opens a host page served by the test server (a page fulfilled by Playwright has no address, and Chromium would refuse
 * its requests to the loopback CDN): e2e/fixtures/pages/<name>, whose tag comes from the CDN origin.
 */
async function openCdnPage(page: Page, name: string, query = '') {
  await page.goto(`/fixtures/pages/${name}${query}`);
}

/** The page's `[faq-chat]` console lines. */
function notes(page: Page) {
  const lines: string[] = [];
  page.on('console', (m) => m.text().includes('[faq-chat]') && lines.push(`${m.type()}: ${m.text()}`));
  return lines;
}

/** What word matching makes of the paraphrase: "Did you mean…" choices, support hours among them, no answer. */
async function expectWordsOnly(widget: Widget) {
  await widget.ask(PARAPHRASE);
  await expect(widget.part('chip').filter({ hasText: entry('support-hours').question })).toBeVisible();
  await expect(widget.answers.last()).not.toContainText(SUPPORT);
  await widget.ask('How much does Ledgerly cost?');
  await expect(widget.answers.last()).toContainText('Starter is $15 a month');
}

test.describe('with the encoder', () => {
  test.use({ encoder: true });

  test('the widget, the app and the encoder come from the CDN origin and answer by meaning, with no note', async ({
    page,
    context,
    widget,
    isMobile,
  }) => {
    test.skip(isMobile, 'the phone project runs the same worker; the model load only adds minutes');
    test.setTimeout(LOAD_MS + 20_000);
    const requests: string[] = [];
    context.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    const lines = notes(page);
    const host = await watchHost(page);
    const ready = await watchWorker(page);
    await openCdnPage(page, 'cdn-host.html');
    await widget.open();
    expect(await ready()).toMatchObject({ backend: 'wasm' });
    await widget.ask(PARAPHRASE);
    await expect(widget.answers).toContainText([SUPPORT]);

    const from = (origin: string) => requests.filter((r) => r.split(' ')[1].startsWith(origin + '/'));
    // Everything of faq-chat from the CDN; on the page's origin only the page, its knowledge, and one HEAD of the page
    // (the blob: worker runs under the page's policy, which is read first).
    expect(from(CDN_ORIGIN).map((r) => r.replace(CDN_ORIGIN, ''))).toEqual(
      expect.arrayContaining([
        'GET /cdn/faq-chat.js',
        'GET /cdn/faq-chat-app.js',
        'GET /cdn/faq-chat-encoder/worker.js',
        'GET /cdn/faq-chat-encoder/model.json',
        'GET /cdn/faq-chat-encoder/vocab.json',
      ]),
    );
    expect(from(ORIGIN).map((r) => r.replace(ORIGIN, ''))).toEqual([
      'GET /fixtures/pages/cdn-host.html',
      'GET /fixtures/semantic-kb.json',
      'HEAD /fixtures/pages/cdn-host.html',
    ]);
    // Nothing else goes anywhere; the bootstrap's blob: URL is the browser's own memory, not a request that leaves it.
    const elsewhere = requests.filter((r) => !r.includes(` ${ORIGIN}/`) && !r.includes(` ${CDN_ORIGIN}/`));
    expect(elsewhere.map((r) => r.replace(/[\w-]+$/, 'ID'))).toEqual([`GET blob:${ORIGIN}/ID`]);
    expect(lines).toEqual([]);
    expect(await host.all()).toEqual([]);
  });

  test('a CDN without CORS headers: one note saying what to allow, word matching answers, no page error', async ({
    page,
    widget,
  }) => {
    allowConsoleErrors(); // the browser's own lines about the blocked downloads
    const lines = notes(page);
    const host = await watchHost(page);
    await openCdnPage(page, 'cdn-nocors-host.html');
    await widget.open();
    await expect.poll(() => lines, { timeout: LOAD_MS }).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^warning: \\[faq-chat\\] Matching by meaning is off: .*could not be downloaded .*; ${CDN_ORIGIN} must send Access-Control-Allow-Origin`,
      ),
    );
    await expectWordsOnly(widget);
    expect(lines).toHaveLength(1);
    expect(await host.all()).toEqual([]);
  });

  for (const where of ['meta', 'header'] as const)
    test(`a page whose Content-Security-Policy (${where}) forbids blob: workers: one note, word matching, nothing violated`, async ({
      page,
      widget,
    }) => {
      const policy = `worker-src 'self'`;
      const lines = notes(page);
      const host = await watchHost(page);
      const workers: string[] = [];
      page.on('worker', (w) => workers.push(w.url()));
      await openCdnPage(
        page,
        where == 'meta' ? 'cdn-csp-host.html' : 'cdn-host.html',
        where == 'meta' ? '' : `?csp=${encodeURIComponent(policy)}`,
      );
      await widget.open();
      await expect.poll(() => lines).toHaveLength(1);
      expect(lines[0]).toBe(
        `warning: [faq-chat] Matching by meaning is off: faq-chat.js comes from ${CDN_ORIGIN}, and this page's Content-Security-Policy forbids the blob: worker that starts the encoder from there; allow blob: in the page's Content-Security-Policy (worker-src), or serve faq-chat.js and faq-chat-encoder/ from ${ORIGIN}. Answers come from word matching.`,
      );
      await expectWordsOnly(widget);
      // Read first, never attempted: no worker, so no violation.
      expect(workers).toEqual([]);
      expect(await host.all()).toEqual([]);
    });
});
