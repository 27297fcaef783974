/**
 * The precomputed index `faq-chat build` stores in the compiled block, and the widget's reader for it.
 * The writer is compile-index.ts (Node only); this side ships in the widget, so it is kept small.
 */
import type { CompiledIndex, KnowledgeBase } from '../types';

/**
 * Version of everything that turns entry text into index terms: normalisation, shorthand, stop words,
 * stemming, the lexicon, field weights. Bump it with any change there (index-format.test.ts fails until
 * you do), so that files built before the change are indexed afresh instead of read.
 */
export const ANALYZER_VERSION = 3;

/**
 * How much a word counts, by the field of the entry it appears in. Heaviest first: the key order gives the
 * field codes of the stored index, and an entry's fields are indexed in this order (see indexEntries).
 */
export const FIELD_WEIGHTS = { question: 1, keywords: 0.9, expansion: 0.5, answer: 0.4 } as const;

/** The fields by code (0 question, 1 keywords, 2 expansion, 3 answer). */
export const FIELDS = Object.keys(FIELD_WEIGHTS) as (keyof typeof FIELD_WEIGHTS)[];

/** Weight of an answer's words: long answers mention many words in passing, so each counts a little less (a BM25-style length norm). At most 0.48. */
export const answerWeight = (words: number): number =>
  FIELD_WEIGHTS.answer * Math.min(1.2, Math.sqrt(60 / Math.max(10, words)));

/** The field a posting's weight comes from: an answer's words weigh less than any other field's, so the weight tells. */
export const fieldOf = (weight: number): string => FIELDS.find((f) => FIELD_WEIGHTS[f] === weight) ?? 'answer';

/** A posting list: the entries a term occurs in (ascending) and how strongly (its best field's weight). */
export interface Posting {
  entries: ArrayLike<number>;
  weights: ArrayLike<number>;
  /** Inverse entry frequency, filled in once the whole base is indexed. */
  idf: number;
}

/** One way an entry is asked (its question or an alternate), split into content units. */
export interface Phrasing {
  /** Per unit: its terms (stems, then concepts). */
  units: string[][];
  /** Per unit: how much it says (the idf of its rarest stem). */
  weights: number[];
  total: number;
}

/** The entries' index as `faq-chat build` stores it (see CompiledIndex), and as buildIndex gets it from the text. */
export type IndexData = Pick<CompiledIndex, 't' | 'p' | 'a' | 'w'>;

// biome-ignore lint/suspicious/noExplicitAny: the callers' checks narrow each item themselves
const isListOf = (v: unknown, ok: (item: any) => boolean): v is unknown[] => Array.isArray(v) && v.every(ok);
const isText = (x: unknown) => typeof x == 'string';

/** True for a term's postings: items of (gap ≥ 1) × 4 + field code, 32-bit integers, adding up to entries below n. */
function isPostingList(list: unknown, n: number): boolean {
  let entry = -1;
  return isListOf(list, (x) => {
    if (!Number.isInteger(x) || x < 4 || x >= 2 ** 31) return false;
    entry += x >> 2;
    return entry < n;
  });
}

/**
 * The stored search index of a knowledge base, or undefined when it has none or one that cannot be read as it is: made
 * by another analyser or from other entries (the fingerprint tells both), or damaged (a field missing, cut short or of
 * the wrong type). The only reader of `compiled.index`; without it, the index is built from the entries' text.
 */
export function readIndex(kb: KnowledgeBase): IndexData | undefined {
  const s = kb.compiled?.index;
  const n = kb.entries.length;
  if (s?.h !== fingerprint(kb)) return undefined;
  // Terms that are not strings are never looked up; words that are not strings would break typo correction.
  const { t, p, a, w } = s;
  const sound =
    Array.isArray(t) &&
    isListOf(w, isText) &&
    isListOf(a, (x) => x >= 0) &&
    a.length == n &&
    isListOf(p, (list) => isPostingList(list, n)) &&
    p.length == t.length;
  return sound ? { t, p, a, w } : undefined;
}

/**
 * A hash of the analyser version and what the index is derived from (synonyms; per entry its id and texts), to
 * tell a stale index. Answers count by length only: hashing every character of a big base would cost the widget
 * much of what reading the index saves. `faq-chat validate` compares the whole index, expansions included.
 */
export function fingerprint(kb: KnowledgeBase): number {
  return mix(ANALYZER_VERSION, [
    kb.synonyms,
    kb.entries.map((e) => [e.id, e.question, e.alternates, e.keywords, e.answer.length]),
  ]);
}

/** FNV-1a over the characters of every string in `v` (nested arrays included); `h` is passed along, not captured, so the loop stays fast. */
export const mix = (h: number, v: unknown): number => {
  if (Array.isArray(v)) h = v.reduce(mix, h);
  else for (let s = String(v), i = 0; i < s.length; ) h = Math.imul(h ^ s.charCodeAt(i++), 16777619);
  // An end mark outside the character range keeps ["ab"] and ["a", "b"] apart.
  return Math.imul(h ^ 65536, 16777619);
};
