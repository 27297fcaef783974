import { analyze, buildSynonyms, terms, type Slot, type Synonyms } from './analyze';
import { words } from './normalize';
import { stem } from './stem';
import { STOP_WORDS } from './stopwords';
import { TypoIndex } from './typo';
import type { KnowledgeBase } from './types';

/** How much a word counts, by the field of the entry it appears in. */
export const FIELD_WEIGHTS = { question: 1, keywords: 0.9, answer: 0.4 } as const;
/** Trust in a word reached through a synonym group rather than written as is. */
export const SYNONYM_TRUST = 0.8;

/** A posting list: the entries a term occurs in and how strongly. */
interface Posting {
  entries: number[];
  weights: number[];
  fields: string[];
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
  /** Indexed stems by their first five letters, to meet stems the stemmer left apart ("deliv" / "deliveri"). */
  prefixes: Map<string, string[]>;
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
    put(e.answer, FIELD_WEIGHTS.answer, 'answer');
    for (const [t, [w, field]] of best) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = { entries: [], weights: [], fields: [] }));
      p.entries.push(i);
      p.weights.push(w);
      p.fields.push(field);
    }
  });
  const df = new Map<string, number>();
  const prefixes = new Map<string, string[]>();
  for (const [t, p] of postings) {
    df.set(t, p.entries.length);
    if (t.length >= PREFIX && t[0] !== '#') {
      const key = t.slice(0, PREFIX);
      prefixes.set(key, [...(prefixes.get(key) ?? []), t]);
    }
  }
  return { kb, syn, postings, phrasings, typos: new TypoIndex(surface), df, prefixes };
}

/** Letters two stems must share, one being the start of the other, to count as the same word. */
const PREFIX = 5;

/** Indexed stems that one of `stem`'s start or that start `stem` ("deliv" ~ "deliveri"), other than itself. */
export function relatedStems(index: KnowledgeIndex, stem: string): string[] {
  if (stem.length < PREFIX) return [];
  return (index.prefixes.get(stem.slice(0, PREFIX)) ?? []).filter((t) => t !== stem && (t.startsWith(stem) || stem.startsWith(t)));
}

/** Inverse entry frequency (BM25's form, always positive). */
export function idf(index: KnowledgeIndex, term: string): number {
  const n = index.kb.entries.length;
  const df = index.postings.get(term)?.entries.length ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Analyse a visitor message: typos in unknown words are corrected towards the knowledge base's words. */
export function analyzeMessage(index: KnowledgeIndex, text: string): Slot[] {
  const known = (w: string) => index.postings.has(stem(w)) || index.syn.phrases.has(stem(w));
  return analyze(text, index.syn, (w) => {
    if (known(w)) return undefined;
    const c = index.typos.correct(w, (cand) => index.df.get(stem(cand)) ?? 0);
    return c && { word: c.word, trust: c.distance === 1 ? 0.8 : 0.6 };
  });
}
