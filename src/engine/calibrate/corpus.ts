/** The off-topic corpus's vectors, encoded by the encoder the matcher uses (in batches, so a worker stays responsive). */
import type { SentenceEncoder } from '../semantic/encoder';
import { encodeInBatches } from '../semantic/encode-batches';
import { OFF_TOPIC } from './offtopic';

/** Each encoder's corpus vectors, encoded once: `faq-chat build` calibrates and then matches with the same ones. */
const encoded = new WeakMap<SentenceEncoder, Promise<Float32Array[]>>();

/** Encodes the off-topic corpus (once per encoder); `pause` runs between batches (the worker lets queued messages through). */
export function encodeOffTopic(encoder: SentenceEncoder, pause?: () => Promise<void>): Promise<Float32Array[]> {
  let vectors = encoded.get(encoder);
  if (!vectors) {
    vectors = encodeInBatches(encoder, OFF_TOPIC, pause);
    encoded.set(encoder, vectors);
  }
  return vectors;
}
