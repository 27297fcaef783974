/** The off-topic corpus's vectors, encoded by the encoder the matcher uses (in batches, so a worker stays responsive). */
import type { SentenceEncoder } from '../semantic/encoder';
import { OFF_TOPIC } from './offtopic';

/** Texts encoded per batch: small enough that a visitor's message waits for one batch at most. */
const BATCH = 4;

/** Encodes the off-topic corpus; `pause` runs between batches (the worker lets queued messages through). */
export async function encodeOffTopic(encoder: SentenceEncoder, pause?: () => Promise<void>): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (let i = 0; i < OFF_TOPIC.length; i += BATCH) {
    out.push(...(await encoder.encode(OFF_TOPIC.slice(i, i + BATCH))));
    await pause?.();
  }
  return out;
}
