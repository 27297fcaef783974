/**
 * What a knowledge base's own vectors say about it, so the decision can read a message's cosine against
 * this base rather than an absolute scale: how close its entries are to each other, how close an entry's
 * phrasings are to its question, and how many phrasings an entry has. Measured once per set of vectors.
 */
import { dot, type EntryVectors } from './vectors';

/** A knowledge base's vectors in three numbers. */
export interface Profile {
  /** Mean over entries of the best cosine between the entry's question and another entry's phrasing. */
  crowd: number;
  /** Mean cosine between an entry's question and its own alternates (0.6 when no entry has one). */
  paraphrase: number;
  /** Phrasings per entry, as a share between few (1.5 or fewer: 0) and many (4.5 or more: 1). */
  shots: number;
}

/** At most this many entries are compared with all others: enough for stable means, bounded work on big bases. */
const SAMPLE = 200;
/** Keyed by the phrasings' vectors, all a profile reads: vectors that gain their answers later keep their profile. */
const cache = new WeakMap<Float32Array[][], Profile>();

/** The profile of a set of entry vectors (computed once, then remembered). */
export function profileOf(vectors: EntryVectors): Profile {
  let p = cache.get(vectors.entries);
  if (!p) {
    p = measure(vectors.entries);
    cache.set(vectors.entries, p);
  }
  return p;
}

function measure(entries: Float32Array[][]): Profile {
  const n = entries.length;
  const step = Math.max(1, Math.ceil(n / SAMPLE));
  let crowd = 0;
  let sampled = 0;
  for (let e = 0; e < n; e += step) {
    let best = -1;
    entries.forEach((other, f) => {
      if (f !== e) for (const v of other) best = Math.max(best, dot(entries[e][0], v));
    });
    if (n > 1) {
      crowd += best;
      sampled++;
    }
  }
  let paraphrase = 0;
  let pairs = 0;
  for (const [question, ...alternates] of entries) {
    for (const v of alternates) {
      paraphrase += dot(question, v);
      pairs++;
    }
  }
  return {
    crowd: sampled ? crowd / sampled : 0,
    paraphrase: pairs ? paraphrase / pairs : 0.6,
    shots: shotsOf(entries),
  };
}

/** Phrasings per entry, as a share between few (1.5 or fewer: 0) and many (4.5 or more: 1). */
export function shotsOf(entries: readonly unknown[][]): number {
  const perEntry = entries.reduce((sum, list) => sum + list.length, 0) / Math.max(entries.length, 1);
  return Math.min(1, Math.max(0, (perEntry - 1.5) / 3));
}
