import { analyze, synonymSteps, type Slot, type Synonyms } from './analyze';
import {
  answerWeight,
  FIELD_WEIGHTS,
  FIELDS,
  readIndex,
  type IndexData,
  type Phrasing,
  type Posting,
} from '../knowledge/index-format';
import { words } from './normalize';
import { stem } from './stem';
import { STOP_WORDS } from './stopwords';
import { TypoIndex } from './typo';
import { finishSteps } from './steps';
import type { KnowledgeBase } from '../types';

export type { Phrasing, Posting };

/** Trust in a word reached through a synonym group rather than written as is. */
export const SYNONYM_TRUST = 0.8;

/** The precomputed search structure for one knowledge base. */
export interface KnowledgeIndex {
  kb: KnowledgeBase;
  syn: Synonyms;
  postings: Map<string, Posting>;
  /** Per entry: its question and alternates, worked out when the entry first ranks near the top (phrasingsOf). */
  phrasings: Phrasing[][];
  typos: TypoIndex;
  /** Typo corrections already worked out (null: none found). */
  corrections: Map<string, { word: string; trust: number } | null>;
  /** The idf of a word no entry has: the strongest a single word can be here. */
  idfMax: number;
}

/** BM25's inverse document frequency: always positive, highest for words no entry has. */
const idfOf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** Analyse every entry's text once: its terms, each with the entries it occurs in and its best field there. */
export const indexEntries = (kb: KnowledgeBase, syn: Synonyms): IndexData => finishSteps(indexSteps(kb, syn));

/** indexEntries one entry per step, so the widget can spread a big knowledge base over many short tasks. */
function* indexSteps(kb: KnowledgeBase, syn: Synonyms): Generator<void, IndexData> {
  const terms = new Map<string, number>();
  const p: number[][] = [];
  const last: number[] = [];
  const surface = new Set<string>();
  const a: number[] = [];
  // Fields come heaviest first (FIELD_WEIGHTS: codes 0 question, 1 keywords, 2 expansion, 3 answer), so a term's
  // first field in an entry is its best there.
  const put = (ws: string[], field: number) => {
    for (const w of ws) surface.add(w);
    for (const s of analyze(ws, syn)) {
      for (const t of [...s.stems, ...s.concepts]) {
        let k = terms.get(t);
        if (k === undefined) {
          k = p.length;
          terms.set(t, k);
          p.push([]);
          last.push(-1);
        }
        if (last[k] !== a.length) {
          p[k].push((a.length - last[k]) * 4 + field);
          last[k] = a.length;
        }
      }
    }
  };
  for (const e of kb.entries) {
    for (const q of [e.question, ...(e.alternates ?? [])]) put(words(q), 0);
    for (const k of e.keywords ?? []) put(words(k), 1);
    const expanded = kb.compiled?.expansions?.[e.id];
    if (Array.isArray(expanded)) put(words(expanded.join(' ')), 2);
    const answer = words(e.answer);
    put(answer, 3);
    a.push(answer.length);
    yield;
  }
  return { t: [...terms.keys()], p, a, w: [...surface] };
}

/** The index: read from the compiled block when it is current and sound, else made from the entries' text. */
export const buildIndex = (kb: KnowledgeBase): KnowledgeIndex => finishSteps(buildIndexSteps(kb));

/** buildIndex in steps of one entry each (see finishSteps). */
export function* buildIndexSteps(kb: KnowledgeBase): Generator<void, KnowledgeIndex> {
  const syn = yield* synonymSteps(kb.synonyms);
  // No index, a stale one or a damaged one: the entries themselves are the truth.
  return yield* finish(kb, syn, readIndex(kb) ?? (yield* indexSteps(kb, syn)));
}

/** How many terms finish() handles per step. */
const TERMS_PER_STEP = 500;

/**
 * The search structure from the entries' index: postings view slices of two typed arrays (one allocation each,
 * which the garbage collector never copies); idf; typo vocabulary. In steps of TERMS_PER_STEP terms, then one for
 * the typo vocabulary.
 */
function* finish(kb: KnowledgeBase, syn: Synonyms, { t, p, a, w }: IndexData): Generator<void, KnowledgeIndex> {
  const n = kb.entries.length;
  const answer = a.map(answerWeight);
  const size = p.reduce((sum, list) => sum + list.length, 0);
  const entries = new Int32Array(size);
  const weights = new Float64Array(size);
  const postings = new Map<string, Posting>();
  // A plain loop, not forEach: a counter shared with a callback makes this loop several times slower.
  for (let j = 0, k = 0; k < t.length; k++) {
    const start = j;
    let e = -1;
    // Occurrences in answers count for less: an answer mentioning a word in passing says little about its rarity.
    let df = 0;
    for (const x of p[k]) {
      // Each item is (gap to the previous entry) × 4 + field code (readIndex has checked them).
      e += x >> 2;
      const field = x & 3;
      const weight = field == 3 ? answer[e] : FIELD_WEIGHTS[FIELDS[field]];
      entries[j] = e;
      weights[j] = weight;
      df += Math.min(1, weight);
      j++;
    }
    postings.set(t[k], { entries: entries.subarray(start, j), weights: weights.subarray(start, j), idf: idfOf(n, df) });
    if (k % TERMS_PER_STEP == TERMS_PER_STEP - 1) yield;
  }
  yield;
  const surface = new Set([...syn.words, ...w]);
  for (const s of STOP_WORDS) surface.delete(s);
  return {
    kb,
    syn,
    postings,
    phrasings: [],
    typos: new TypoIndex(surface),
    corrections: new Map(),
    idfMax: idfOf(n, 0),
  };
}

/** An entry's question and alternates as content units weighted by idf, worked out once, when first needed. */
export function phrasingsOf(index: KnowledgeIndex, entry: number): Phrasing[] {
  const known = index.phrasings[entry];
  if (known) return known;
  const e = index.kb.entries[entry];
  const phrasings = [e.question, ...(e.alternates ?? [])].map((q) => {
    const units = analyze(q, index.syn).map((u) => u.stems.concat(u.concepts));
    const weights = units.map((unit) => Math.max(0.5, ...unit.map((t) => (t[0] === '#' ? 0 : idf(index, t)))));
    return { units, weights, total: weights.reduce((a, b) => a + b, 0) };
  });
  index.phrasings[entry] = phrasings;
  return phrasings;
}

/** Inverse entry frequency of a term in this knowledge base. */
export function idf(index: KnowledgeIndex, term: string): number {
  return index.postings.get(term)?.idf ?? index.idfMax;
}

/** Analyse a visitor message (text, or its words()): typos in unknown words are corrected towards the knowledge base's words. */
export function analyzeMessage(index: KnowledgeIndex, text: string | string[]): Slot[] {
  return analyze(text, index.syn, (w) => {
    const s = stem(w);
    if (index.postings.has(s) || index.syn.phrases.has(s)) return undefined;
    let c = index.corrections.get(w);
    if (c === undefined) {
      // Among equally close words, prefer the one more entries use.
      const found = index.typos.correct(w, (cand) => index.postings.get(stem(cand))?.entries.length ?? 0);
      c = found ? { word: found.word, trust: found.distance === 1 ? 0.8 : 0.6 } : null;
      // Remembered per knowledge base (bounded): visitors repeat the same misspellings.
      if (index.corrections.size < 10_000) index.corrections.set(w, c);
    }
    return c ?? undefined;
  });
}
