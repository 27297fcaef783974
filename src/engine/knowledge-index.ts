import { analyze, buildSynonyms, type Slot, type Synonyms } from './analyze';
import { words } from './normalize';
import { stem } from './stem';
import { STOP_WORDS } from './stopwords';
import { TypoIndex } from './typo';
import type { KnowledgeBase } from './types';

/** How much a word counts, by the field of the entry it appears in. */
export const FIELD_WEIGHTS = { question: 1, keywords: 0.9, answer: 0.4, expansion: 0.5 } as const;
/** Trust in a word reached through a synonym group rather than written as is. */
export const SYNONYM_TRUST = 0.8;

/** A posting list: the entries a term occurs in and how strongly. */
export interface Posting {
  entries: number[];
  weights: number[];
  fields: string[];
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

/** The precomputed search structure for one knowledge base. */
export interface KnowledgeIndex {
  kb: KnowledgeBase;
  syn: Synonyms;
  postings: Map<string, Posting>;
  /** Per entry: its question and alternates, to see how much of one a message covers. */
  phrasings: Phrasing[][];
  typos: TypoIndex;
  /** Typo corrections already worked out (null: none found). */
  corrections: Map<string, { word: string; trust: number } | null>;
  /** The idf of a word no entry has: the strongest a single word can be here. */
  idfMax: number;
}

/** BM25's inverse document frequency: always positive, highest for words no entry has. */
const idfOf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** Build the index: each term keeps its best field weight per entry. Each text is analysed once. */
export function buildIndex(kb: KnowledgeBase): KnowledgeIndex {
  const syn = buildSynonyms(kb.synonyms);
  const postings = new Map<string, Posting>();
  const phrasings: Phrasing[][] = [];
  const surface = new Set<string>(syn.words);
  const n = kb.entries.length;
  kb.entries.forEach((e, i) => {
    const best = new Map<string, number>();
    const fieldOf = new Map<string, string>();
    const keep = (t: string, weight: number, field: string) => {
      if ((best.get(t) ?? 0) < weight) {
        best.set(t, weight);
        fieldOf.set(t, field);
      }
    };
    const put = (text: string, weight: number, field: string, ws = words(text)): Slot[] => {
      for (const w of ws) surface.add(w);
      const slots = analyze(ws, syn);
      for (const s of slots) {
        for (const t of s.stems) keep(t, weight, field);
        for (const t of s.concepts) keep(t, weight, field);
      }
      return slots;
    };
    const variants = [e.question, ...(e.alternates ?? [])].map((q) => put(q, FIELD_WEIGHTS.question, 'question'));
    phrasings.push(variants.map((slots) => ({ units: slots.map((u) => u.stems.concat(u.concepts)), weights: [], total: 0 })));
    for (const k of e.keywords ?? []) put(k, FIELD_WEIGHTS.keywords, 'keywords');
    const expanded = kb.compiled?.expansions?.[e.id];
    if (Array.isArray(expanded)) put(expanded.join(' '), FIELD_WEIGHTS.expansion, 'expansion');
    // Long answers mention many words in passing; each counts a little less (a BM25-style length norm).
    const answer = words(e.answer);
    put(e.answer, FIELD_WEIGHTS.answer * Math.min(1.2, Math.sqrt(60 / Math.max(10, answer.length))), 'answer', answer);
    for (const [t, w] of best) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = { entries: [], weights: [], fields: [], idf: 0 }));
      p.entries.push(i);
      p.weights.push(w);
      p.fields.push(fieldOf.get(t) as string);
    }
  });
  for (const p of postings.values()) {
    // Occurrences in answers count for less: an answer mentioning a word in passing says little about its rarity.
    p.idf = idfOf(n, p.weights.reduce((sum, w) => sum + Math.min(1, w), 0));
  }
  for (const w of STOP_WORDS) surface.delete(w);
  const index: KnowledgeIndex = { kb, syn, postings, phrasings, typos: new TypoIndex(surface), corrections: new Map(), idfMax: idfOf(n, 0) };
  for (const list of phrasings) {
    for (const ph of list) {
      ph.weights = ph.units.map((unit) => Math.max(0.5, ...unit.map((t) => (t[0] === '#' ? 0 : idf(index, t)))));
      ph.total = ph.weights.reduce((a, b) => a + b, 0);
    }
  }
  return index;
}

/** Inverse entry frequency of a term in this knowledge base. */
export function idf(index: KnowledgeIndex, term: string): number {
  return index.postings.get(term)?.idf ?? index.idfMax;
}

/** Analyse a visitor message: typos in unknown words are corrected towards the knowledge base's words. */
export function analyzeMessage(index: KnowledgeIndex, text: string): Slot[] {
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
