/**
 * Entry vectors as `faq-chat build` stores them in the compiled block: 4 bits per value (two values a byte),
 * base64, one string per entry. Every visitor downloads the knowledge file, so the block is kept small: 4 bits
 * rank the entries as float32 does on every evaluation set (within one case in a hundred), at 1/8 of the bytes.
 * Each vector is scaled to use the full range −7…7; the scale is not stored because only directions matter
 * (the reader makes every vector unit length again).
 */
import { fingerprint, mix } from '../knowledge/index-format';
import type { CompiledVectors, KnowledgeBase, StoredCalibration } from '../types';
import type { EntryVectors } from './vectors';
import { CALIBRATION_VERSION, type Calibration } from '../calibrate/calibration';

// Browsers, workers and Node all have these; the engine is compiled without the DOM's and Node's types (tsconfig.json here).
declare function atob(base64: string): string;
declare function btoa(binary: string): string;

/** What the vectors are made from: the entries as the index's fingerprint sees them, and every answer's text. */
export const vectorsFingerprint = (kb: KnowledgeBase): number =>
  mix(
    fingerprint(kb),
    kb.entries.map((e) => e.answer),
  );

/** The stored form of `vectors` for `kb`. */
export function writeVectors(kb: KnowledgeBase, vectors: EntryVectors): CompiledVectors {
  const dims = vectors.entries.find((e) => e.length)?.[0].length ?? 0;
  const store = (list: Float32Array[]): string => {
    const values = new Int8Array(list.length * dims);
    list.forEach((vector, k) => {
      const max = vector.reduce((m, x) => Math.max(m, Math.abs(x)), 0) || 1;
      vector.forEach((x, i) => (values[k * dims + i] = Math.round((x / max) * LEVELS)));
    });
    return toBase64(pack(values));
  };
  return {
    m: vectors.fingerprint,
    h: vectorsFingerprint(kb),
    d: dims,
    v: vectors.entries.map(store),
    a: (vectors.answers ?? []).map((answer) => store([answer])),
  };
}

/**
 * The stored vectors of `kb`, or undefined when there are none, they were made by another model
 * (`model` is the encoder's fingerprint), the entries changed since, or the block is damaged.
 */
export function readVectors(kb: KnowledgeBase, model: string): EntryVectors | undefined {
  const s = kb.compiled?.vectors;
  const n = kb.entries.length;
  if (!s || s.m !== model || !Array.isArray(s.v) || s.v.length !== n || !Array.isArray(s.a) || s.a.length !== n)
    return undefined;
  const dims = s.d;
  if (!Number.isInteger(dims) || dims < 1 || s.h !== vectorsFingerprint(kb)) return undefined;
  const read = (text: unknown, count: number): Float32Array[] => {
    const values = unpack(fromBase64(text), count * dims);
    return Array.from({ length: count }, (_, k) => unit(values.subarray(k * dims, (k + 1) * dims)));
  };
  try {
    const entries = kb.entries.map((e, i) => read(s.v[i], 1 + (e.alternates?.length ?? 0)));
    return { fingerprint: model, entries, answers: s.a.map((text) => read(text, 1)[0]) };
  } catch {
    return undefined;
  }
}

/** The stored form of a calibration: its thresholds and the version of the method that measured them. */
export const writeCalibration = ({ scope, scoreScope }: Calibration): StoredCalibration => ({
  scope,
  scoreScope,
  version: CALIBRATION_VERSION,
});

/**
 * The calibration `faq-chat build` stored with the vectors, with the off-topic corpus's vectors (`offTopic`, the
 * same encoder's), when it holds a score and `stored`, what readVectors read of the same block, is usable: it was
 * measured on those vectors, so it goes stale with them, and by this version of the method.
 */
export function readCalibration(
  kb: KnowledgeBase,
  stored: EntryVectors | undefined,
  offTopic: readonly Float32Array[],
): Calibration | undefined {
  const c = kb.compiled?.vectors?.calibration;
  if (!stored || c?.version !== CALIBRATION_VERSION || !isScore(c.scope) || !isScore(c.scoreScope)) return undefined;
  return { scope: c.scope, scoreScope: c.scoreScope, offTopic };
}

/** A stored threshold: a cosine, or a scope score (a cosine less at most one half of another). */
export const isScore = (x: unknown): x is number => typeof x === 'number' && x >= -1.5 && x <= 1;

/** Values run from −LEVELS to LEVELS: 4 bits with room for the sign. */
const LEVELS = 7;

/** Two values a byte, the first in the high half, each stored as value + 8 (so 1…15; 0 is never written). */
function pack(values: Int8Array): Uint8Array {
  const bytes = new Uint8Array(Math.ceil(values.length / 2));
  values.forEach((v, i) => (bytes[i >> 1] |= (v + 8) << (i % 2 ? 0 : 4)));
  return bytes;
}

/** The `length` values of packed bytes; throws when the bytes do not hold exactly that many. */
function unpack(bytes: Uint8Array, length: number): Int8Array {
  if (bytes.length !== Math.ceil(length / 2)) throw Error('length');
  return Int8Array.from({ length }, (_, i) => ((bytes[i >> 1] >> (i % 2 ? 0 : 4)) & 15) - 8);
}

function unit(bytes: Int8Array): Float32Array {
  const out = Float32Array.from(bytes);
  const norm = Math.hypot(...out) || 1;
  return out.map((x) => x / norm);
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: unknown): Uint8Array {
  if (typeof text !== 'string') throw Error('not a string');
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
