/**
 * The sentence encoder's costs: the bytes of dist/faq-chat-encoder (what a site uploads and a visitor's browser
 * downloads), its load and encode times in Node, and how long `faq-chat eval` takes by words only and by
 * meaning + words. Needs `npm run build` first (the encoder files and dist/cli.js).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { loadNodeEncoder } from '../src/node-encoder/load';
import { summarize, type Latency } from './measure';

/** Issue 22's target for the encoder folder, gzipped (`npm run size` holds the folder to its current budget). */
export const GZIP_BUDGET = 3 * 1000 * 1000;

/** Bytes of one file, as stored and as served compressed. */
export interface FileBytes {
  name: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/** How long one `faq-chat eval` run takes, end to end in a fresh process. */
export interface EvalTime {
  matcher: string;
  seconds: number;
  correct: number;
  rank1: number;
}

/** Everything the encoder section reports. */
export interface EncoderBench {
  files: FileBytes[];
  total: FileBytes;
  loadMs: number;
  backend: string;
  /** Per text, encoding texts in one call (the CLI's eval) and one at a time (a visitor's message). */
  batched: Latency;
  single: Latency;
  evalSet: string;
  evalCases: number;
  evals: EvalTime[];
}

function fileBytes(dir: string): FileBytes[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => {
      const data = readFileSync(join(dir, name));
      const brotli = brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      });
      return { name, raw: data.length, gzip: gzipSync(data, { level: 9 }).length, brotli: brotli.length };
    });
}

const BATCH_TIMES = 5;

/** Measures the encoder in `dir` and eval on `set` (a path without .kb.json / .cases.json). */
export async function measureEncoder(
  root: string,
  dir: string,
  set: string,
  log: (s: string) => void,
): Promise<EncoderBench> {
  log(`[faq-chat] sentence encoder: ${dir}`);
  const files = fileBytes(dir);
  const total = files.reduce(
    (t, f) => ({ name: 'total', raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { name: 'total', raw: 0, gzip: 0, brotli: 0 },
  );
  const started = performance.now();
  const encoder = await loadNodeEncoder(dir);
  const loadMs = performance.now() - started;
  const cases = (JSON.parse(readFileSync(`${set}.cases.json`, 'utf8')) as { cases: { q: string }[] }).cases.map(
    (c) => c.q,
  );
  const texts = cases.slice(0, 320);
  await encoder.encode(texts.slice(0, 32)); // warm-up: the first runs compile and allocate
  log(`  encoding ${texts.length} texts, batched (${BATCH_TIMES}×) and one by one…`);
  const batched: number[] = [];
  for (let i = 0; i < BATCH_TIMES; i++) {
    for (let k = 0; k < texts.length; k += 32) {
      const t = performance.now();
      await encoder.encode(texts.slice(k, k + 32));
      const per = (performance.now() - t) / Math.min(32, texts.length - k);
      batched.push(per);
    }
  }
  const single: number[] = [];
  for (const text of texts) {
    const t = performance.now();
    await encoder.encode([text]);
    single.push(performance.now() - t);
  }
  const evals: EvalTime[] = [];
  for (const flags of [['--lexical'], []]) {
    log(`  faq-chat eval ${set} ${flags.join(' ')} (${cases.length} cases)…`);
    const t = performance.now();
    const out = execFileSync(
      process.execPath,
      [join(root, 'bin/faq-chat.js'), 'eval', `${set}.kb.json`, `${set}.cases.json`, '--json', ...flags],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    const report = JSON.parse(out) as { matcher: string; correct: number; rank1: number };
    evals.push({
      matcher: report.matcher,
      seconds: (performance.now() - t) / 1000,
      correct: report.correct,
      rank1: report.rank1,
    });
  }
  return {
    files,
    total,
    loadMs,
    backend: encoder.backend,
    batched: summarize(batched),
    single: summarize(single),
    evalSet: set,
    evalCases: cases.length,
    evals,
  };
}

const kb = (b: number) => `${(b / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} KB`;
const ms = (x: number) => x.toFixed(x >= 100 ? 0 : 1);

/** The section as markdown, with the gzip budget marked met / NOT met. */
export function encoderMarkdown(r: EncoderBench): string {
  const rows = [...r.files, r.total].map(
    (f) => `| ${f.name === 'total' ? '**total**' : `\`${f.name}\``} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`,
  );
  return [
    '| dist/faq-chat-encoder | raw | gzip | brotli |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
    '',
    `Gzip total ${(r.total.gzip / 1e6).toFixed(2)} MB; target ${(GZIP_BUDGET / 1e6).toFixed(1)} MB — ${r.total.gzip <= GZIP_BUDGET ? 'met' : 'NOT met'}.`,
    '',
    '| Encoder in Node | ms |',
    '| --- | ---: |',
    `| load (${r.backend}) | ${ms(r.loadMs)} |`,
    `| per text, batched 32: median / p95 | ${ms(r.batched.median)} / ${ms(r.batched.p95)} |`,
    `| per text, one at a time: median / p95 | ${ms(r.single.median)} / ${ms(r.single.p95)} |`,
    '',
    `| \`faq-chat eval\` on ${r.evalSet.replace(/^.*\//, '')} (${r.evalCases.toLocaleString('en')} cases) | seconds | correct | rank1 |`,
    '| --- | ---: | ---: | ---: |',
    ...r.evals.map((e) => `| ${e.matcher} | ${e.seconds.toFixed(1)} | ${e.correct} | ${e.rank1} |`),
  ].join('\n');
}
