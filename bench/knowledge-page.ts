/**
 * Time from the visitor's intent to the first answer when the knowledge is an FAQ page (its FAQPage JSON-LD, beside
 * the same questions in the page's HTML, as an SEO plugin's FAQ block writes them) against a faq.json of the same
 * entries, at 30 and 300 questions, on desktop and on a phone with the CPU slowed 4×. Intent is a question asked right
 * after the load event (before the idle warm-up), so the time holds loading faq-chat-app.js, downloading the
 * knowledge, reading it (the FAQ page: DOMParser and the converter) and the index, and the answer.
 * Needs `npm run build` first. `node --import tsx bench/knowledge-page.ts [--runs=7] [--json]`.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { launchOptions, phone } from '../e2e/browsers';
import { parseHtml } from '../src/cli/import/html';
import { markdownToHtml } from '../src/cli/export/html';
import { jsonLdScript } from '../src/cli/export/jsonld';
import { pageEntries, readFaqPage } from '../src/engine/faq-page/read';
import type { KnowledgeBase } from '../src/engine/types';
import { generateKnowledgeBase } from '../src/testing/generate-kb';
import { percentile } from './measure';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7)) || 7;
const SIZES = [30, 300];
const PROFILES = [
  { name: 'desktop', context: { viewport: { width: 1280, height: 800 } }, cpu: 1 },
  { name: 'phone, CPU 4× slower', context: phone, cpu: 4 },
];

/** An FAQ page as a WordPress FAQ block renders it: the questions in the HTML, and the FAQPage JSON-LD in the head. */
function faqPageHtml(kb: KnowledgeBase): string {
  const body = kb.entries
    .map(
      (e) =>
        `<div class="schema-faq-section"><strong>${e.question}</strong><div>${markdownToHtml(e.answer)}</div></div>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FAQ</title>${jsonLdScript(kb)}</head><body><h1>FAQ</h1>${body}</body></html>`;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

/** What one size serves: the host page's tag for a knowledge URL, the FAQ page, and the faq.json of the same entries. */
interface Served {
  html: string;
  json: string;
}

/** One cold load: the page with the tag, a question asked at the load event, the ms until its answer event. */
async function intentToAnswer(
  browser: Browser,
  base: string,
  profile: (typeof PROFILES)[number],
  served: Served,
  knowledge: string,
  question: string,
) {
  const context = await browser.newContext({ ...profile.context, reducedMotion: 'reduce' });
  // The same interception for both sources, so neither pays more for being served.
  const host = `<!doctype html><title>Host</title><h1>Shop</h1><script src="/faq-chat.js" data-knowledge="${knowledge}" data-semantic="off" async></script>`;
  await context.route(`${base}/bench/host.html`, (r) => r.fulfill({ contentType: 'text/html', body: host }));
  await context.route(`${base}/bench/faq/`, (r) => r.fulfill({ contentType: 'text/html', body: served.html }));
  await context.route(`${base}/bench/faq.json`, (r) =>
    r.fulfill({ contentType: 'application/json', body: served.json }),
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  await page.goto(`${base}/bench/host.html`, { waitUntil: 'load' });
  const ms = await page.evaluate(
    (q) =>
      new Promise<number>((done) => {
        const t0 = performance.now();
        document.addEventListener('faq-chat:answer', () => done(performance.now() - t0), { once: true });
        (window as unknown as { FaqChat: { push(c: [string, string]): void } }).FaqChat.push(['ask', q]);
      }),
    question,
  );
  await context.close();
  return ms;
}

const port = await freePort();
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  cwd: root,
  env: { ...process.env, PORT: String(port) },
});
await new Promise((done) => server.stdout.once('data', done));
const base = `http://localhost:${port}`;
const browser = await chromium.launch(launchOptions);
const rows: { profile: string; size: number; source: string; median: number; p90: number; kb: number }[] = [];
try {
  for (const size of SIZES) {
    const generated = generateKnowledgeBase(size);
    const html = faqPageHtml({
      entries: generated.entries.map(({ id, question, answer }) => ({ id, question, answer })),
    });
    // The faq.json holds exactly what the widget reads from the page, so both answer from the same entries.
    const json = JSON.stringify({ entries: pageEntries(readFaqPage(parseHtml(html), parseHtml).found) });
    const question = generated.entries[Math.floor(size / 2)].question;
    for (const profile of PROFILES) {
      const times = { page: [] as number[], json: [] as number[] };
      // Interleaved, so a busy moment of the machine hits both sources alike.
      for (let run = 0; run < RUNS; run++)
        for (const source of ['page', 'json'] as const)
          times[source].push(
            await intentToAnswer(
              browser,
              base,
              profile,
              { html, json },
              source == 'page' ? '/bench/faq/' : '/bench/faq.json',
              question,
            ),
          );
      for (const source of ['page', 'json'] as const)
        rows.push({
          profile: profile.name,
          size,
          source: source == 'page' ? 'FAQ page' : 'faq.json',
          median: percentile(sorted(times[source]), 0.5),
          p90: percentile(sorted(times[source]), 0.9),
          kb: Buffer.byteLength(source == 'page' ? html : json) / 1024,
        });
    }
  }
} finally {
  await browser.close();
  server.kill();
}

if (process.argv.includes('--json')) console.log(JSON.stringify({ runs: RUNS, rows }, null, 2));
else {
  console.log(`Intent to first answer (ms; median and p90 of ${RUNS} cold loads each, interleaved)\n`);
  console.log('| profile | questions | knowledge | size (KB) | median | p90 |\n| --- | --- | --- | --- | --- | --- |');
  for (const r of rows)
    console.log(
      `| ${r.profile} | ${r.size} | ${r.source} | ${r.kb.toFixed(0)} | ${r.median.toFixed(0)} | ${r.p90.toFixed(0)} |`,
    );
  console.log(
    `\nload average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on this machine during the run`,
  );
}
