/**
 * Entry vectors as `faq-chat build` stores them in the compiled block: 8 bits per value, base64, one string
 * per entry. Each vector is scaled to use the full signed byte range; the scale is not stored because only
 * directions matter (the reader makes every vector unit length again).
 */
import { fingerprint } from '../index-format';
import type { CompiledVectors, KnowledgeBase } from '../types';
import type { EntryVectors } from './vectors';

/** The stored form of `vectors` for `kb`. */
export function writeVectors(kb: KnowledgeBase, vectors: EntryVectors): CompiledVectors {
  const dims = vectors.entries.find((e) => e.length)?.[0].length ?? 0;
  return {
    m: vectors.fingerprint,
    h: fingerprint(kb),
    d: dims,
    v: vectors.entries.map((list) => {
      const bytes = new Int8Array(list.length * dims);
      list.forEach((vector, k) => {
        const max = vector.reduce((m, x) => Math.max(m, Math.abs(x)), 0) || 1;
        vector.forEach((x, i) => (bytes[k * dims + i] = Math.round((x / max) * 127)));
      });
      return toBase64(new Uint8Array(bytes.buffer));
    }),
  };
}

/**
 * The stored vectors of `kb`, or undefined when there are none, they were made by another model
 * (`model` is the encoder's fingerprint), the entries changed since, or the block is damaged.
 */
export function readVectors(kb: KnowledgeBase, model: string): EntryVectors | undefined {
  const s = kb.compiled?.vectors;
  if (!s || s.m !== model || s.h !== fingerprint(kb) || !Array.isArray(s.v) || s.v.length !== kb.entries.length) return undefined;
  const dims = s.d;
  if (!Number.isInteger(dims) || dims < 1) return undefined;
  try {
    const entries = kb.entries.map((e, i) => {
      const bytes = new Int8Array(fromBase64(s.v[i]).buffer);
      const count = 1 + (e.alternates?.length ?? 0);
      if (bytes.length !== count * dims) throw Error('length');
      return Array.from({ length: count }, (_, k) => unit(bytes.subarray(k * dims, (k + 1) * dims)));
    });
    return { fingerprint: model, entries };
  } catch {
    return undefined;
  }
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
