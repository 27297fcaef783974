/**
 * Matching at scale: our matcher against plain Fuse.js on the default knowledge base and on generated
 * ones of 1,000 and 10,000 entries; our index both built from the entries' text and read from the file
 * `faq-chat build` writes. Run with `npm run bench` (add `-- --json` for machine-readable output).
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { checkKnowledge } from '../src/engine/knowledge/check';
import { compileKnowledge } from '../src/build/compile';
import { fingerprint } from '../src/engine/knowledge/index-format';
import { encoderDir } from '../src/node-encoder/locate';
import { createMatcher } from '../src/engine/match/match';
import type { KnowledgeBase } from '../src/engine/types';
import { validateKnowledge } from '../src/lint/validate';
import { encoderMarkdown, measureEncoder, type EncoderBench } from './encoder';
import { generateKnowledgeBase, longMessages, paraphrases } from '../src/testing/generate-kb';
import { canCollect, evenSample, FRAME_MS, measureBuild, summarize, timeMessages, type Latency } from './measure';

type Kind = 'cases' | 'paraphrase' | 'long';

interface Message {
  text: string;
  kind: Kind;
}

interface Dataset {
  name: string;
  kb: KnowledgeBase;
  messages: Message[];
  buildReps: number;
  /** Untimed messages run first so the JIT is warm; distinct from the timed ones so no cache flatters them. */
  warmup: string[];
  /** How many (short) messages Fuse.js is timed on: it needs seconds per message on big bases. */
  fuseSample: number;
}

interface Side {
  buildMs: number;
  heapBytes: number;
  latency: Latency;
}

/** The knowledge file with and without the compiled block's search index, as the widget receives it. */
interface Files {
  plainBytes: number;
  compiledBytes: number;
  /** JSON.parse of each file (ms, median): the compiled one is bigger. */
  plainParseMs: number;
  compiledParseMs: number;
  /** Turning the parsed compiled file into a ready matcher (ms, median). */
  loadMs: number;
}

interface Result {
  name: string;
  entries: number;
  ours: Side & { byKind: Partial<Record<Kind, Latency>> };
  files: Files;
  fuse: Side & { byKind: Partial<Record<Kind, Latency>> };
  /** Our p95 ÷ Fuse.js's median (target ≤ 0.02 at 10,000 entries). */
  p95VsFuseMedian: number;
  /** Our build time ÷ Fuse.js's. */
  buildVsFuse: number;
  /** Our index load from the compiled file ÷ Fuse.js's build (target ≤ 1 at 10,000 entries). */
  loadVsFuse: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const caseTexts = (path: string): string[] =>
  existsSync(path) ? (readJson(path) as { cases: { q: string }[] }).cases.map((c) => c.q) : [];

const LONG = longMessages(20);
const LONG_WARMUP = longMessages(3, 2000, 97);
const PARAPHRASES_PER_BASE = 330;
const FUSE_KEYS = { keys: ['question', 'alternates'] };
/** Repetitions of the fast builds (our index read from the compiled file, Fuse.js's index), of which the median counts. */
const LOAD_REPS = 7;

function datasets(sizes: number[]): Dataset[] {
  const faq = validateKnowledge(readJson(root + 'knowledge/faq.json')).knowledge;
  if (!faq)
    throw new Error('[faq-chat] knowledge/faq.json has no usable entry: run `faq-chat validate knowledge/faq.json`.');
  const shopPath = root + '../shared/eval/shop.cases.json';
  const shop = caseTexts(shopPath);
  if (!shop.length)
    console.warn(`[faq-chat] ${shopPath} not found: generated bases are measured without the shop messages.`);
  const long = LONG.map((text): Message => ({ text, kind: 'long' }));
  const out: Dataset[] = [
    {
      name: 'default (knowledge/faq.json)',
      kb: faq,
      messages: [
        ...caseTexts(root + 'knowledge/faq.cases.json').map((text): Message => ({ text, kind: 'cases' })),
        ...long,
      ],
      warmup: [...evenSample(shop, 40), ...LONG_WARMUP],
      buildReps: 20,
      fuseSample: 200,
    },
  ];
  for (const n of sizes) {
    const kb = generateKnowledgeBase(n);
    out.push({
      name: `generated ${n.toLocaleString('en')}`,
      kb,
      messages: [
        ...shop.map((text): Message => ({ text, kind: 'cases' })),
        ...paraphrases(kb, PARAPHRASES_PER_BASE).map((text): Message => ({ text, kind: 'paraphrase' })),
        ...long,
      ],
      warmup: [...paraphrases(kb, 60, 99), ...LONG_WARMUP],
      buildReps: n >= 10000 ? 2 : 5,
      fuseSample: n >= 10000 ? 30 : 100,
    });
  }
  return out;
}

function perKind(times: number[], messages: Message[]): Partial<Record<Kind, Latency>> {
  const out: Partial<Record<Kind, Latency>> = {};
  for (const kind of ['cases', 'paraphrase', 'long'] as Kind[]) {
    const ts = times.filter((_, i) => messages[i].kind === kind);
    if (ts.length) out[kind] = summarize(ts);
  }
  return out;
}

const median = (xs: number[]) => summarize(xs).median;

/** Parses `text` `reps` times: the median time and the last result. */
function timeParse(text: string, reps: number): { ms: number; json: unknown } {
  const times: number[] = [];
  let json: unknown;
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    json = JSON.parse(text);
    times.push(performance.now() - t);
  }
  return { ms: median(times), json };
}

/** The plain and the compiled knowledge file (search index always stored, no WordNet), and what reading each costs. */
function measureFiles(d: Dataset, log: (s: string) => void): Files {
  const plain = JSON.stringify(d.kb);
  const compiled = JSON.stringify(compileKnowledge(d.kb, 'faq-chat bench', undefined, true).knowledge);
  // Loading is cheap, so it is timed more often than building: the first runs are before the JIT has warmed up.
  const reps = Math.max(LOAD_REPS, d.buildReps);
  const plainParse = timeParse(plain, reps);
  const compiledParse = timeParse(compiled, reps);
  // What the widget does with the file before indexing: keep only what is safe to use.
  const kb = checkKnowledge(compiledParse.json).knowledge;
  if (!kb || kb.compiled?.index?.h !== fingerprint(kb))
    throw new Error(`the compiled ${d.name} base would not be read: its index does not fit its entries`);
  log(`  loading our index from the compiled file (${reps}×)…`);
  const load = measureBuild(() => createMatcher(kb), reps);
  return {
    plainBytes: plain.length,
    compiledBytes: compiled.length,
    plainParseMs: plainParse.ms,
    compiledParseMs: compiledParse.ms,
    loadMs: load.ms,
  };
}

function measure(d: Dataset, log: (s: string) => void): Result {
  const texts = d.messages.map((m) => m.text);

  log(`  building our index from the entries (${d.buildReps}×)…`);
  const ours = measureBuild(() => createMatcher(d.kb), d.buildReps);
  const files = measureFiles(d, log);
  log(`  matching ${texts.length} messages…`);
  const times = timeMessages((t) => ours.built.match(t), texts, d.warmup);
  const byKind = perKind(times, d.messages);

  const fuseReps = Math.max(LOAD_REPS, d.buildReps);
  log(`  building Fuse.js (${fuseReps}×)…`);
  const fuse = measureBuild(() => new Fuse(d.kb.entries, FUSE_KEYS), fuseReps);
  // Fuse.js scans every entry per 32-character chunk of the message: a 2,000-character message takes it
  // seconds to minutes, so it is timed on short messages only, which flatters it.
  const sample = evenSample(
    d.messages.filter((m) => m.kind !== 'long'),
    d.fuseSample,
  );
  log(`  Fuse.js on ${sample.length} messages…`);
  const fuseTimes = timeMessages(
    (t) => fuse.built.search(t),
    sample.map((m) => m.text),
    d.warmup.slice(0, 3),
  );

  const ourLat = summarize(times);
  const fuseLat = summarize(fuseTimes);
  return {
    name: d.name,
    entries: d.kb.entries.length,
    ours: { buildMs: ours.ms, heapBytes: ours.heap, latency: ourLat, byKind },
    files,
    fuse: { buildMs: fuse.ms, heapBytes: fuse.heap, latency: fuseLat, byKind: perKind(fuseTimes, sample) },
    p95VsFuseMedian: ourLat.p95 / fuseLat.median,
    buildVsFuse: ours.ms / fuse.ms,
    loadVsFuse: files.loadMs / fuse.ms,
  };
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const mb = (b: number) => (b / 1048576).toFixed(b < 1048576 ? 2 : 1);
const ratio = (x: number) => (x >= 1 ? `${x.toFixed(1)}×` : `1/${(1 / x).toFixed(0)}`);

function markdown(results: Result[]): string {
  const lines = [
    '| Knowledge base | Entries | Index ms: ours built from entries / ours loaded from compiled file / Fuse.js built | Ratio to Fuse.js (built / loaded) | Heap MB (ours / Fuse.js) | Ours: median / p95 / max ms (messages) | Over 16 ms | Fuse.js: median / p95 ms (messages) | Our p95 ÷ Fuse.js median |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const o = r.ours.latency;
    const f = r.fuse.latency;
    lines.push(
      `| ${r.name} | ${r.entries.toLocaleString('en')} | ${ms(r.ours.buildMs)} / ${ms(r.files.loadMs)} / ${ms(r.fuse.buildMs)} | ${ratio(r.buildVsFuse)} / ${ratio(r.loadVsFuse)} | ` +
        `${mb(r.ours.heapBytes)} / ${mb(r.fuse.heapBytes)} | ${ms(o.median)} / ${ms(o.p95)} / ${ms(o.max)} (${o.count}) | ` +
        `${o.overFrame} | ${ms(f.median)} / ${ms(f.p95)} (${f.count}) | ${ratio(r.p95VsFuseMedian)} |`,
    );
  }
  lines.push(
    '',
    '| Knowledge base | Knowledge file MB (plain / compiled with index) | JSON.parse ms (plain / compiled) |',
    '| --- | ---: | ---: |',
  );
  for (const r of results) {
    const f = r.files;
    lines.push(
      `| ${r.name} | ${mb(f.plainBytes)} / ${mb(f.compiledBytes)} | ${ms(f.plainParseMs)} / ${ms(f.compiledParseMs)} |`,
    );
  }
  lines.push(
    '',
    '| Knowledge base | Message kind | Ours: median / p95 / max ms (messages) | Over 16 ms | Fuse.js: median / p95 ms (messages) |',
    '| --- | --- | ---: | ---: | ---: |',
  );
  for (const r of results) {
    for (const [kind, l] of Object.entries(r.ours.byKind)) {
      const f = r.fuse.byKind[kind as Kind];
      const fuse = f ? `${ms(f.median)} / ${ms(f.p95)} (${f.count})` : 'not timed';
      lines.push(
        `| ${r.name} | ${kind} | ${ms(l.median)} / ${ms(l.p95)} / ${ms(l.max)} (${l.count}) | ${l.overFrame} | ${fuse} |`,
      );
    }
  }
  return lines.join('\n');
}

function verdict(results: Result[]): string[] {
  const big = results[results.length - 1];
  if (!big || big.entries < 10000) return [];
  const ok = (b: boolean) => (b ? 'met' : 'NOT met');
  return [
    `Targets at ${big.entries.toLocaleString('en')} entries:`,
    `- p95 ≤ 1/50 of Fuse.js's median: ${ms(big.ours.latency.p95)} ms vs ${ms(big.fuse.latency.median / 50)} ms allowed — ${ok(big.p95VsFuseMedian <= 0.02)}`,
    `- index ready no slower than Fuse.js's build: loaded from the compiled file ${ms(big.files.loadMs)} ms vs ${ms(big.fuse.buildMs)} ms — ${ok(big.loadVsFuse <= 1)}` +
      ` (built from the entries' text: ${ms(big.ours.buildMs)} ms — ${ok(big.buildVsFuse <= 1)})`,
    `- no match over ${FRAME_MS} ms: ${big.ours.latency.overFrame} of ${big.ours.latency.count} over (max ${ms(big.ours.latency.max)} ms) — ${ok(big.ours.latency.overFrame === 0)}`,
  ];
}

/** The eval set the encoder section times `faq-chat eval` on (--eval=<path without .kb.json> to choose). */
const EVAL_SET = root + '../shared/eval/public/clinc150-banking';

async function encoderSection(argv: string[], log: (s: string) => void): Promise<EncoderBench | undefined> {
  if (argv.includes('--no-encoder')) return undefined;
  const dir = encoderDir(root + 'dist');
  if (!dir || !existsSync(root + 'dist/cli.js')) {
    log(
      '[faq-chat] dist/faq-chat-encoder or dist/cli.js is missing: run `npm run build` to measure the sentence encoder too.',
    );
    return undefined;
  }
  const set = argv.find((a) => a.startsWith('--eval='))?.slice(7) ?? EVAL_SET;
  return measureEncoder(root, dir, set, log);
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const sizesArg = argv.find((a) => a.startsWith('--sizes='));
  const sizes = sizesArg
    ? sizesArg
        .slice(8)
        .split(',')
        .map(Number)
        .filter((n) => n > 0)
    : [1000, 10000];
  const log = (s: string) => process.stderr.write(s + '\n');
  if (!canCollect) log('[faq-chat] run with node --expose-gc (npm run bench does) for exact heap figures.');
  const started = performance.now();
  const results: Result[] = [];
  for (const d of argv.includes('--encoder-only') ? [] : datasets(sizes)) {
    log(`[faq-chat] ${d.name}: ${d.kb.entries.length} entries, ${d.messages.length} messages`);
    results.push(measure(d, log));
  }
  const encoder = await encoderSection(argv, log);
  const seconds = (performance.now() - started) / 1000;
  // Other processes on the machine inflate every figure: the load average says how much to trust a run.
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  if (json) {
    process.stdout.write(
      JSON.stringify({ node: process.version, gc: canCollect, seconds, load, results, encoder }, null, 2) + '\n',
    );
    return;
  }
  const lines = [
    ...(results.length ? [markdown(results), ''] : []),
    ...(encoder ? [encoderMarkdown(encoder), ''] : []),
    ...verdict(results),
    '',
    `Node ${process.version}, ${canCollect ? 'heap after full GC' : 'heap WITHOUT GC (run with --expose-gc)'}; ` +
      (results.length
        ? `Fuse.js default options, keys question + alternates, timed on short messages only; ` +
          `"loaded" is createMatcher on the parsed file \`faq-chat build --index --no-wordnet\` writes (JSON.parse not included; see the file table); `
        : '') +
      `total ${seconds.toFixed(0)} s; load average ${load}.`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(`[faq-chat] benchmark failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
