/** Encoding in small batches, so a worker that encodes in the background still answers visitors' messages at once. */
import type { SentenceEncoder } from './encoder';

/** Texts encoded per batch: small enough that a visitor's message waits for one batch at most. */
const BATCH = 4;

/** The vectors of `texts`; `pause` runs between batches (the worker lets queued messages through). */
export async function encodeInBatches(
  encoder: SentenceEncoder,
  texts: readonly string[],
  pause?: () => Promise<void>,
): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += BATCH) {
    out.push(...(await encoder.encode(texts.slice(i, i + BATCH))));
    await pause?.();
  }
  return out;
}
