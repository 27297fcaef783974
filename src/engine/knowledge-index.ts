import { analyze, buildSynonyms, terms, type Slot, type Synonyms } from './analyze';
import { words } from './normalize';
import { stem } from './stem';
import { STOP_WORDS } from './stopwords';
import { TypoIndex } from './typo';
import type { KnowledgeBase } from './types';

/** How much a word counts, by the field of the entry it appears in. */
export const FIELD_WEIGHTS = { question: 1, keywords: 0.9, answer: 0.4, expansion: 0.3 } as const;
/** Trust in a word reached through a synonym group rather than written as is. */
export const SYNONYM_TRUST = 0.8;

/** A posting list: the entries a term occurs in and how strongly. */
interface Posting {
  entries: number[];
  weights: number[];
  fields: string[];
  /** Inverse entry frequency, filled in once the whole base is indexed. */
  idf: number;
}

/** The precomputed search structure for one knowledge base. */
export interface KnowledgeIndex {
  kb: KnowledgeBase;
  syn: Synonyms;
  postings: Map<string, Posting>;
  /** Per entry, per phrasing (question, then alternates), per content unit: its terms (stems, then concepts). */
  phrasings: string[][][][];
  typos: TypoIndex;
  /** Entry frequency of each stem, to prefer common words when correcting typos. */
  df: Map<string, number>;
  /** Typo corrections already worked out (null: none found). */
  corrections: Map<string, { word: string; trust: number } | null>;
}

/** Build the index: each term keeps its best field weight per entry. */
export function buildIndex(kb: KnowledgeBase): KnowledgeIndex {
  const syn = buildSynonyms(kb.synonyms);
  const postings = new Map<string, Posting>();
  const phrasings: string[][][][] = [];
  const surface = new Set<string>(syn.words);
  kb.entries.forEach((e, i) => {
    const best = new Map<string, [number, string]>();
    const put = (text: string, weight: number, field: string) => {
      for (const w of words(text)) if (!STOP_WORDS.has(w)) surface.add(w);
      const ts = terms(text, syn);
      for (const t of ts) if ((best.get(t)?.[0] ?? 0) < weight) best.set(t, [weight, field]);
      return ts;
    };
    const variants = [e.question, ...(e.alternates ?? [])];
    for (const q of variants) put(q, FIELD_WEIGHTS.question, 'question');
    phrasings.push(variants.map((q) => analyze(q, syn).map((u) => [...u.stems, ...u.concepts])));
    for (const k of e.keywords ?? []) put(k, FIELD_WEIGHTS.keywords, 'keywords');
    const expanded = kb.compiled?.expansions?.[e.id];
    if (Array.isArray(expanded)) put(expanded.join(' '), FIELD_WEIGHTS.expansion, 'expansion');
    // Long answers mention many words in passing; each counts a little less (a BM25-style length norm).
    put(e.answer, FIELD_WEIGHTS.answer * Math.min(1.2, Math.sqrt(60 / Math.max(10, words(e.answer).length))), 'answer');
    for (const [t, [w, field]] of best) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = { entries: [], weights: [], fields: [], idf: 0 }));
      p.entries.push(i);
      p.weights.push(w);
      p.fields.push(field);
    }
  });
  const df = new Map<string, number>();
  const n = kb.entries.length;
  for (const [t, p] of postings) {
    df.set(t, p.entries.length);
    // Occurrences in answers count for less: an answer mentioning a word in passing says little about its rarity.
    const soft = p.weights.reduce((sum, w) => sum + Math.min(1, w), 0);
    p.idf = idfOf(n, soft);
  }
  return { kb, syn, postings, phrasings, typos: new TypoIndex(surface), df, corrections: new Map() };
}

/** BM25's inverse document frequency: always positive, highest for words no entry has. */
const idfOf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** Inverse entry frequency of a term in this knowledge base. */
export function idf(index: KnowledgeIndex, term: string): number {
  return index.postings.get(term)?.idf ?? idfOf(index.kb.entries.length, 0);
}

/** Analyse a visitor message: typos in unknown words are corrected towards the knowledge base's words. */
export function analyzeMessage(index: KnowledgeIndex, text: string): Slot[] {
  return analyze(text, index.syn, (w) => {
    const s = stem(w);
    if (index.postings.has(s) || index.syn.phrases.has(s)) return undefined;
    let c = index.corrections.get(w);
    if (c === undefined) {
      const found = index.typos.correct(w, (cand) => index.df.get(stem(cand)) ?? 0);
      c = found ? { word: found.word, trust: found.distance === 1 ? 0.8 : 0.6 } : null;
      // Remembered per knowledge base (bounded): visitors repeat the same misspellings.
      if (index.corrections.size < 10_000) index.corrections.set(w, c);
    }
    return c ?? undefined;
  });
}
