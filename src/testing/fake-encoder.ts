/**
 * A deterministic stand-in for the sentence encoder, for tests: each word is hashed to one of 64 dimensions,
 * so texts sharing words get a high cosine, and no model has to load. Not used by any shipped code.
 */
import { words } from '../engine/match/normalize';
import type { SentenceEncoder } from '../engine/semantic/encoder';

/** Dimensions of the fake vectors. */
export const FAKE_DIMS = 64;

const hash = (w: string): number => {
  let h = 2166136261;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
  return (h >>> 0) % FAKE_DIMS;
};

/** One unit vector per text: word counts per hashed dimension, plus a small constant so no vector is zero. */
export function fakeVector(text: string): Float32Array {
  const v = new Float32Array(FAKE_DIMS).fill(0.01);
  for (const w of words(text)) v[hash(w)] += 1;
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

/** A fake encoder; `fingerprint` lets a test pretend to be another model. */
export const fakeEncoder = (fingerprint = 'fake-64'): SentenceEncoder => ({
  fingerprint,
  encode: async (texts) => texts.map(fakeVector),
});
