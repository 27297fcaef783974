/**
 * Universal Sentence Encoder lite on TensorFlow.js: text → SentencePiece ids → a small Transformer → a
 * unit-length 512-dimensional vector. Runs wherever TensorFlow.js has a backend (the widget's worker, Node);
 * the caller picks the backend first (backend.ts).
 */
import { io, tensor1d, tensor2d, tidy, type Tensor } from '@tensorflow/tfjs-core';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import { Tokenizer } from '@tensorflow-models/universal-sentence-encoder';
import type { SentenceEncoder } from '../engine/semantic/encoder';
import type { ModelFiles } from './files';

/** Longer texts are cut to this many pieces: attention costs grow with the square of the length, and a question's meaning is in its first 128 pieces. */
export const MAX_PIECES = 128;
/** Texts per model run: large enough to amortise each run's overhead, small enough to keep memory flat. */
const BATCH = 32;

/** Loads the model from its files (already in memory) and returns an encoder. */
export async function createUseLite(files: ModelFiles): Promise<SentenceEncoder> {
  const weightData = concat(files.weights);
  const model = await loadGraphModel(
    io.fromMemory({
      modelTopology: files.model.modelTopology as object,
      weightSpecs: files.model.weightsManifest.flatMap((g) => g.weights) as io.WeightsManifestEntry[],
      weightData,
    }),
  );
  const tokenizer = new Tokenizer(files.vocab);
  return {
    fingerprint: files.model.faqChat.fingerprint,
    async encode(texts) {
      const pieces = texts.map((t) => tokenizer.encode(t).slice(0, MAX_PIECES));
      // Batches of texts of similar length: every row of a batch is padded to its longest, and attention costs grow
      // with the square of that length, so sorting first saves most of the padding (entries, eval sets).
      const order = pieces.map((_, i) => i).sort((a, b) => pieces[a].length - pieces[b].length);
      const out: Float32Array[] = [];
      for (let i = 0; i < order.length; i += BATCH) {
        const batch = order.slice(i, i + BATCH);
        (
          await embed(
            model,
            batch.map((j) => pieces[j]),
          )
        ).forEach((v, k) => (out[batch[k]] = v));
      }
      return out;
    },
  };
}

/** One model run over a batch; the graph takes the pieces as a sparse matrix (row, position) → id. */
async function embed(model: GraphModel, pieces: number[][]): Promise<Float32Array[]> {
  // An empty text has no pieces, and the graph needs at least one per row: give it the unknown piece.
  const rows = pieces.map((p) => (p.length ? p : [0]));
  const [indices, values] = tidy(() => [
    tensor2d(
      rows.flatMap((p, r) => p.map((_, i) => [r, i])),
      undefined,
      'int32',
    ),
    tensor1d(rows.flat(), 'int32'),
  ]);
  const output = (await model.executeAsync({ indices, values })) as Tensor;
  const data = (await output.data()) as Float32Array;
  indices.dispose();
  values.dispose();
  output.dispose();
  const dims = data.length / rows.length;
  return rows.map((_, r) => data.slice(r * dims, (r + 1) * dims));
}

function concat(buffers: ArrayBuffer[]): ArrayBuffer {
  if (buffers.length == 1) return buffers[0];
  const out = new Uint8Array(buffers.reduce((n, b) => n + b.byteLength, 0));
  let at = 0;
  for (const b of buffers) {
    out.set(new Uint8Array(b), at);
    at += b.byteLength;
  }
  return out.buffer;
}
