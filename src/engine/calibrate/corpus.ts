/** The off-topic corpus's vectors, encoded by the encoder the matcher uses (in batches, so a worker stays responsive). */
import type { SentenceEncoder } from '../semantic/encoder';
import { encodeInBatches } from '../semantic/encode-batches';
import { OFF_TOPIC } from './offtopic';

/** Encodes the off-topic corpus; `pause` runs between batches (the worker lets queued messages through). */
export const encodeOffTopic = (encoder: SentenceEncoder, pause?: () => Promise<void>): Promise<Float32Array[]> =>
  encodeInBatches(encoder, OFF_TOPIC, pause);
