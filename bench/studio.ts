/**
 * faq-chat studio: how long the page takes to be ready (30 and 1,000 entries), to show a keystroke in the editor of a
 * 1,000-entry file, to check 200 pasted questions by meaning (first, with the encoder loading; again, warm; after
 * one edit), to find the entries hard to tell apart, and to Save. Runs the built CLI (`npm run build` first) in Chromium. `npm run bench:studio`
 * (`-- --json` for JSON).
 */
import { loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from '../e2e/browsers';
import { runStudio, type StudioRun } from '../e2e/studio-helpers';
import { generateKnowledgeBase, paraphrases } from '../src/testing/generate-kb';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x);

async function post(s: StudioRun, method: string, path: string, body: unknown): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${s.url}api/${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Origin: new URL(s.url).origin },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
  await res.json();
  return performance.now() - t0;
}

/** From navigation to the editor and the entry list drawn. */
async function ready(page: Page, s: StudioRun, entries: number): Promise<number> {
  const t0 = performance.now();
  await page.goto(s.url);
  await page.getByLabel('Question', { exact: true }).waitFor();
  await page
    .locator('.entry-list li')
    .nth(entries - 1)
    .waitFor();
  return performance.now() - t0;
}

/** One character typed into the last entry's question, until the entry list shows it (two frames later). */
async function keystroke(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('.editor input[type=text]')!;
    const t0 = performance.now();
    input.value += 'x';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  });
}

async function forSize(page: Page, n: number) {
  const kb = generateKnowledgeBase(n);
  const text = `${JSON.stringify(kb, null, 2)}\n`;
  const s = await runStudio(text);
  try {
    const readyMs: number[] = [];
    for (let i = 0; i < 5; i++) readyMs.push(await ready(page, s, n));
    await page
      .locator('.entry-list button')
      .nth(n - 1)
      .click();
    const keys: number[] = [];
    for (let i = 0; i < 15; i++) keys.push(await keystroke(page));
    const messages = paraphrases(kb, 200).map((t) => ({ text: t }));
    const check = { text, before: text, messages };
    const first = await post(s, 'POST', 'check', check);
    const warm = await post(s, 'POST', 'check', check);
    const edited = structuredClone(kb);
    edited.entries[0].alternates = [...(edited.entries[0].alternates ?? []), 'a brand new phrasing of it'];
    const afterEdit = await post(s, 'POST', 'check', { ...check, text: JSON.stringify(edited, null, 2) });
    const pairsMs = await post(s, 'POST', 'pairs', { text });
    const saves: number[] = [];
    let base = (await (await fetch(`${s.url}api/file`)).json()).hash as string;
    for (let i = 0; i < 10; i++) {
      const next = `${JSON.stringify({ ...kb, title: `v${i}` }, null, 2)}\n`;
      saves.push(await post(s, 'PUT', 'file', { text: next, base }));
      base = (await (await fetch(`${s.url}api/status`)).json()).hash;
    }
    return {
      entries: n,
      bytes: Buffer.byteLength(text),
      readyMs: round(median(readyMs)),
      keystrokeMs: round(median(keys)),
      keystrokeMaxMs: round(Math.max(...keys)),
      check200FirstMs: round(first),
      check200WarmMs: round(warm),
      check200AfterEditMs: round(afterEdit),
      pairsMs: round(pairsMs),
      saveMs: round(median(saves)),
    };
  } finally {
    s.stop();
  }
}

const browser = await chromium.launch(launchOptions);
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const rows = [];
for (const n of [30, 1000]) rows.push(await forSize(page, n));
await browser.close();
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log(
    '| entries | file | ready | keystroke (median / max) | check 200 by meaning: first / warm / after an edit | save |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.entries} | ${(r.bytes / 1024).toFixed(0)} KB | ${r.readyMs} ms | ${r.keystrokeMs} / ${r.keystrokeMaxMs} ms | ${r.check200FirstMs} / ${r.check200WarmMs} / ${r.check200AfterEditMs} ms | ${r.pairsMs} ms | ${r.saveMs} ms |`,
    );
  console.log(
    `\nload average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (2 cores; a busy machine inflates every figure)`,
  );
}
