import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { hostHtml, watchHost } from './hardening-helpers';
import { expect, test, type Widget } from './fixtures';
import { calibrated, LOAD_MS, watchWorker } from './encoder-helpers';
import { ORIGIN } from './origin';

// Matching by meaning: the sentence encoder in its worker, against the built files and the real model.
// Loading the model takes seconds on a busy 2-core machine, so the heavy tests get a generous timeout (it only
// catches hangs) and run on desktop only: the phone project runs the same worker and adds nothing but time.

/**
 * A billing tool's FAQ (the eval set's): the paraphrase shares no content word with the `support-hours` entry
 * (question, alternates or answer), so word matching does not answer it (it offers "Did you mean…" choices);
 * the encoder answers it (confidence 0.95, well above its threshold).
 */
const KB = JSON.parse(readFileSync('e2e/fixtures/semantic-kb.json', 'utf8'));
const PARAPHRASE = 'how do i talk to a human';
const SUPPORT: string = KB.entries
  .find((e: { id: string }) => e.id == 'support-hours')
  .answer.split('[')[0]
  .trim();
const PRICING = 'How much does Ledgerly cost?';
test.use({ encoder: true });

/** Console lines of the page and of its workers. */
function consoles(page: Page) {
  const lines: string[] = [];
  page.on('console', (m) => lines.push(`page ${m.type()}: ${m.text()}`));
  page.on('worker', (w) => w.on('console', (m) => lines.push(`worker ${m.type()}: ${m.text()}`)));
  return lines;
}

/** What word matching alone makes of the paraphrase: "Did you mean…" choices (support hours among them), no answer. */
async function expectWordsOnly(widget: Widget) {
  await expect(
    widget.part('chip').filter({ hasText: KB.entries.find((e: { id: string }) => e.id == 'support-hours').question }),
  ).toBeVisible();
  await expect(widget.answers.last()).not.toContainText(SUPPORT);
}

const encoderRequests = (page: Page) => {
  const urls: string[] = [];
  page.context().on('request', (r) => r.url().includes('/faq-chat-encoder/') && urls.push(r.url()));
  return urls;
};

test.describe('with the encoder', () => {
  test.skip(({ isMobile }) => isMobile, 'the phone project runs the same worker; the model load only adds minutes');
  test.setTimeout(LOAD_MS + 20_000);

  test('a paraphrase that shares no word with its entry gets the right answer; every request stays on the page origin; nothing is stored', async ({
    page,
    context,
    widget,
  }) => {
    const requests: string[] = [];
    context.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    const ready = watchWorker(page);
    await page.goto('/fixtures/semantic.html');
    await widget.open();
    expect(await (await ready)()).toMatchObject({ backend: 'wasm', vectors: 'computed' });
    await widget.ask(PARAPHRASE);
    await expect(widget.answers).toContainText([SUPPORT]);

    // Reads only (the worker reads its own script's headers with HEAD), all from the page's origin.
    expect(requests.filter((r) => !/^(GET|HEAD) /.test(r) || !r.includes(` ${ORIGIN}/`))).toEqual([]);
    const paths = new Set(requests.map((r) => new URL(r.split(' ')[1]).pathname));
    for (const p of ['worker.js', 'model.json', 'weights.bin', 'vocab.json'])
      expect(paths).toContain(`/faq-chat-encoder/${p}`);
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      idb: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
      session: Object.keys(sessionStorage),
    }));
    expect(stored).toEqual({
      local: 0,
      idb: 0,
      caches: 0,
      session: [`faq-chat:v1:${ORIGIN}/fixtures/semantic-kb.json`],
    });
  });

  test('vectors stored by `faq-chat build` are used: the worker encodes only the message, and answers the same', async ({
    page,
    widget,
  }) => {
    // e2e/fixtures/semantic-kb.built.json is semantic-kb.json after `faq-chat build --no-wordnet` (with entry vectors);
    // if the model or the entries change, the stored block is stale, the worker computes the vectors and this fails.
    const ready = watchWorker(page);
    await page.route('/h/built.html', (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: hostHtml({ attrs: { 'data-knowledge': '/fixtures/semantic-kb.built.json' } }),
      }),
    );
    await page.goto('/h/built.html');
    await widget.open();
    expect(await (await ready)()).toMatchObject({ backend: 'wasm', vectors: 'stored' });
    // The calibration `faq-chat build` stored with the vectors is used as it is.
    const built = JSON.parse(readFileSync('e2e/fixtures/semantic-kb.built.json', 'utf8'));
    expect(await calibrated(page)).toEqual({ scope: built.compiled.vectors.calibration.scope, source: 'stored' });
    await widget.ask(PARAPHRASE);
    await expect(widget.answers).toContainText([SUPPORT]);
  });

  for (const wasm of [false, true]) {
    const policy = wasm
      ? "script-src 'self' 'wasm-unsafe-eval'"
      : "default-src 'self'; script-src 'self'; style-src 'self'";
    test(`a page and encoder served with ${policy}: the paraphrase is answered (${wasm ? 'WebAssembly' : 'JavaScript backend'}) and nothing violates the policy`, async ({
      page,
      request,
      widget,
    }) => {
      // The test server sends the policy with every response under /csp/<token>/ and collects violation reports.
      const token = `${wasm ? 'w' : 's'}${test.info().testId}`.replace(/\W/g, '');
      const host = await watchHost(page);
      const lines = consoles(page);
      const ready = watchWorker(page);
      await page.goto(`/${wasm ? 'csp-wasm' : 'csp'}/${token}/fixtures/semantic.html`);
      await widget.open();
      expect(await (await ready)()).toMatchObject({ backend: wasm ? 'wasm' : 'cpu' });
      await widget.ask(PARAPHRASE);
      await expect(widget.answers).toContainText([SUPPORT]);
      // A violation in the worker fires no event in the page: the reports the browser sends are the proof.
      expect(await (await request.get(`/csp-report/${token}`)).json()).toEqual([]);
      expect(await host.all()).toEqual([]);
      expect(lines.filter((l) => /Content.Security.Policy|Refused to/i.test(l))).toEqual([]);
    });
  }

  test('weights that cannot be downloaded: one console note naming the file, word matching answers, no page error', async ({
    page,
    widget,
  }) => {
    const host = await watchHost(page);
    const lines = consoles(page);
    await page.context().route('**/faq-chat-encoder/weights.bin', (r) => r.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('/fixtures/semantic.html');
    await widget.open();
    await expect.poll(() => lines.filter((l) => l.includes('[faq-chat]')), { timeout: LOAD_MS }).toHaveLength(1);
    expect(lines.find((l) => l.includes('[faq-chat]'))).toMatch(
      /^page warning: \[faq-chat\] Matching by meaning is off: .*\/faq-chat-encoder\/weights\.bin answered HTTP 404/,
    );
    await widget.ask(PARAPHRASE);
    await expectWordsOnly(widget);
    await widget.ask(PRICING);
    await expect(widget.answers.last()).toContainText('Starter is $15 a month');
    expect(lines.filter((l) => l.includes('[faq-chat]'))).toHaveLength(1);
    expect(await host.all()).toEqual([]);
  });
});

test('nothing of the encoder is requested on load or idle warm-up; the pointer on the launcher starts it, before any click', async ({
  page,
  widget,
}) => {
  const urls = encoderRequests(page);
  const kbLoaded = page.waitForResponse((r) => r.url().endsWith('/fixtures/semantic-kb.json'));
  await page.goto('/fixtures/semantic.html');
  await kbLoaded;
  await page.waitForTimeout(1000);
  expect(urls).toEqual([]);
  const worker = page.waitForRequest((r) => r.url().endsWith('/faq-chat-encoder/worker.js'));
  await widget.launcher.hover();
  await worker;
  expect(await widget.input.isVisible()).toBe(false);
});

test('keyboard focus on the launcher starts the encoder too', async ({ page, widget }) => {
  const kbLoaded = page.waitForResponse((r) => r.url().endsWith('/fixtures/semantic-kb.json'));
  await page.goto('/fixtures/semantic.html');
  await kbLoaded;
  const worker = page.waitForRequest((r) => r.url().endsWith('/faq-chat-encoder/worker.js'));
  await widget.launcher.focus();
  await worker;
});

for (const [form, html] of [
  [
    'data-semantic="off" on the script tag',
    hostHtml({ attrs: { 'data-knowledge': '/fixtures/semantic-kb.json', 'data-semantic': 'off' } }),
  ],
  [
    'semantic="off" on the element',
    '<!doctype html><title>Element</title><faq-chat knowledge="/fixtures/semantic-kb.json" semantic="off"></faq-chat><script src="/faq-chat.js" async></script>',
  ],
] as const) {
  test(`${form}: word matching only, as before (the paraphrase gets "Did you mean…", not the answer) and no encoder request`, async ({
    page,
    widget,
  }) => {
    const urls = encoderRequests(page);
    await page.route('/h/off.html', (r) => r.fulfill({ contentType: 'text/html', body: html }));
    await page.goto('/h/off.html');
    await widget.open();
    await widget.ask(PARAPHRASE);
    await expectWordsOnly(widget);
    await page.waitForTimeout(500);
    expect(urls).toEqual([]);
  });
}

// faq-chat.js from another origin (a CDN) starts the encoder too: see cdn.spec.ts.

test.describe('a plain FAQ without alternates, calibrated in the worker', () => {
  test.skip(({ isMobile }) => isMobile, 'the phone project runs the same worker; the model load only adds minutes');
  test.setTimeout(LOAD_MS * 2);

  // A bakery's ten entries, each a question alone; eight messages that share no content word with their entry.
  const CASES: { q: string; expect: string }[] = JSON.parse(
    readFileSync('e2e/fixtures/bakery-cases.json', 'utf8'),
  ).cases;
  const BAKERY = JSON.parse(readFileSync('e2e/fixtures/bakery-kb.json', 'utf8'));
  const question = (id: string) => BAKERY.entries.find((e: { id: string }) => e.id == id).question;

  test('measures its scope after ready, then decides as `faq-chat eval` does on the same file', async ({
    page,
    widget,
  }) => {
    const evaluated = JSON.parse(
      execFileSync(
        'node',
        ['bin/faq-chat.js', 'eval', 'e2e/fixtures/bakery-kb.json', 'e2e/fixtures/bakery-cases.json', '--json'],
        {
          encoding: 'utf8',
        },
      ),
    );
    const misses = new Map<string, { status: string; id?: string; suggestions: string[] }>(
      evaluated.misses.map((m: { q: string }) => [m.q, m]),
    );
    const ready = watchWorker(page);
    await page.route('/h/bakery.html', (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: hostHtml({ attrs: { 'data-knowledge': '/fixtures/bakery-kb.json' } }),
      }),
    );
    await page.goto('/h/bakery.html');
    await widget.open();
    expect(await (await ready)()).toMatchObject({ vectors: 'computed' });
    expect((await calibrated(page)).source).toBe('computed');
    let helped = 0;
    for (const c of CASES) {
      const miss = misses.get(c.q);
      const replies = await widget.answers.count();
      await widget.ask(c.q);
      await expect(widget.answers).toHaveCount(replies + 1);
      const reply = widget.lastReply;
      if (!miss || miss.status == 'answer') {
        const id = miss?.id ?? c.expect;
        await expect(reply).toContainText(BAKERY.entries.find((e: { id: string }) => e.id == id).answer.slice(0, 30));
      } else if (miss.status == 'suggest') {
        for (const id of miss.suggestions) await expect(reply.getByText(question(id))).toBeVisible();
      } else await expect(reply).toContainText("I don't know");
      if (!miss || miss.suggestions.includes(c.expect)) helped++;
    }
    // The two examples are helped: "where do I leave my car", "I'd love to work in your kitchen".
    expect(misses.get(CASES[0].q)?.status ?? 'answer').not.toBe('none');
    expect(misses.get(CASES[1].q)?.status ?? 'answer').not.toBe('none');
    expect(helped).toBeGreaterThanOrEqual(2);
  });
});
