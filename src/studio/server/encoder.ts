/** The sentence encoder for the studio's checks: the CLI's, loaded once, remembering the vectors it made. */
import { loadOrWarn, type CliEncoder, type EncoderSource } from '../../cli/encoder';
import type { Io } from '../../cli/io';

/** At most this many remembered vectors (about 2 KB each): plenty for 10,000 phrasings and the questions checked. */
const MAX_REMEMBERED = 50_000;

/** Texts encoded at a time. */
const BATCH = 32;

/**
 * `encoder` with a memory: the owner's edits change a few phrasings at a time, so each Check encodes only the new
 * texts, not the whole file again.
 */
export function remembering(encoder: CliEncoder): CliEncoder {
  const memory = new Map<string, Float32Array>();
  return {
    name: encoder.name,
    fingerprint: encoder.fingerprint,
    async encode(texts) {
      const missing = [...new Set(texts.filter((t) => !memory.has(t)))];
      if (memory.size + missing.length > MAX_REMEMBERED) memory.clear();
      // Encoding runs on the server's only thread: in small batches, with a turn for other requests (Save, the
      // page's files) between them, so a file of 1,000 entries does not stall the studio for minutes.
      for (let at = 0; at < missing.length; at += BATCH) {
        const batch = missing.slice(at, at + BATCH);
        const vectors = await encoder.encode(batch);
        batch.forEach((t, i) => memory.set(t, vectors[i]));
        await new Promise((resolve) => setImmediate(resolve));
      }
      return texts.map((t) => memory.get(t)!);
    },
  };
}

/** Loads the encoder on first use (once); null, after one warning through `io`, when it cannot load. */
export function lazyEncoder(io: Io, source?: EncoderSource): () => Promise<CliEncoder | null> {
  let loading: Promise<CliEncoder | null> | undefined;
  return () =>
    (loading ??= loadOrWarn(source ? { ...io, encoder: source } : io).then((e) => (e ? remembering(e) : null)));
}
