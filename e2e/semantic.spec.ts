import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { hostHtml, watchHost } from './hardening-helpers';
import { expect, test, type Widget } from './fixtures';
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
const LOAD_MS = 60_000;
test.use({ encoder: true });

/** Records the worker's `ready` message (backend, where the vectors came from) in `window.__encoder`, before any page script. */
async function watchWorker(page: Page) {
  await page.addInitScript(() => {
    const Base = window.Worker;
    window.Worker = class extends Base {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        this.addEventListener(
          'message',
          (e) => e.data?.type == 'ready' && ((window as unknown as { __encoder: unknown }).__encoder = e.data),
        );
      }
    };
  });
  return async () =>
    (
      await page.waitForFunction(() => (window as unknown as { __encoder?: { backend: string } }).__encoder, null, {
        timeout: LOAD_MS,
      })
    ).jsonValue();
}

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

test('a faq-chat.js from another origin cannot start the worker: one console note, word matching answers', async ({
  page,
  widget,
}) => {
  const lines = consoles(page);
  const urls = encoderRequests(page);
  const html =
    '<!doctype html><title>CDN</title><script src="https://cdn.example.com/faq-chat.js" data-knowledge="/fixtures/kb.json" async></script>';
  await page.route('/h/cdn.html', (r) => r.fulfill({ contentType: 'text/html', body: html }));
  // Both files from the CDN: faq-chat.js loads faq-chat-app.js from its own folder (a classic script needs no CORS).
  for (const file of ['faq-chat.js', 'faq-chat-app.js'])
    await page.route(`https://cdn.example.com/${file}`, (r) =>
      r.fulfill({ contentType: 'text/javascript', path: `dist/${file}` }),
    );
  await page.goto('/h/cdn.html');
  await widget.open();
  await widget.ask('How much does a deployment cost?');
  await expect(widget.answers).toHaveCount(1);
  expect(lines.filter((l) => l.includes('[faq-chat]'))).toEqual([
    `page warning: [faq-chat] Matching by meaning is off: faq-chat.js comes from https://cdn.example.com, and a page can only start workers from its own origin; serve faq-chat.js and faq-chat-encoder/ from ${ORIGIN}. Answers come from word matching.`,
  ]);
  expect(urls).toEqual([]);
});
