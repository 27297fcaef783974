/**
 * The knowledge-base compile step `faq-chat build` runs once in Node: per entry, extra words visitors
 * may use for it, and the search index. Not part of the widget (nothing the widget imports reaches this file).
 */
import { writeIndex } from './compile-index';
import { words } from '../engine/match/normalize';
import { stem } from '../engine/match/stem';
import { STOP_WORDS } from '../engine/match/stopwords';
import type { CompiledData, Entry, KnowledgeBase } from '../engine/types';

/** A thesaurus: the synonyms of one word, best first. */
export type Expand = (word: string) => string[];

/** At most this many expansion words per entry: more drowns the entry's own words. */
export const MAX_EXPANSIONS = 30;

/** From this many entries `faq-chat build` stores the search index by default: below it the widget indexes in a few milliseconds, and the index would only make the file bigger. */
export const INDEX_FROM = 300;

/** Words shorter than this are not expanded: they are abbreviations or too ambiguous. */
const MIN_LENGTH = 3;

/** The content words an owner wrote for an entry (question, alternates, keywords), in order, without repeats. */
export function contentWords(entry: Entry): string[] {
  const out: string[] = [];
  for (const text of [entry.question, ...(entry.alternates ?? []), ...(entry.keywords ?? [])]) {
    for (const w of words(text)) {
      if (w.length >= MIN_LENGTH && !STOP_WORDS.has(w) && /^[a-z]+$/.test(w) && !out.includes(w)) out.push(w);
    }
  }
  return out;
}

/**
 * Expansion words for one entry: each content word's synonyms in turn (first synonyms of every word
 * before second ones), skipping words the entry already has and stop words, at most `max`.
 */
export function expandEntry(entry: Entry, expand: Expand, max = MAX_EXPANSIONS): string[] {
  const source = contentWords(entry);
  const have = new Set(source.map(stem));
  const lists = source.map((w) => expand(w));
  const out: string[] = [];
  for (let round = 0; out.length < max && lists.some((l) => l.length > round); round++) {
    for (const list of lists) {
      const w = list[round];
      if (w === undefined || out.length >= max) continue;
      const s = stem(w);
      if (w.length < MIN_LENGTH || STOP_WORDS.has(w) || have.has(s)) continue;
      have.add(s);
      out.push(w);
    }
  }
  return out;
}

/** What `compileKnowledge` made. */
export interface CompileResult {
  /** The knowledge base with its `compiled` block (any earlier block replaced). */
  knowledge: KnowledgeBase;
  /** Expansion words added over all entries. */
  added: number;
}

/**
 * The knowledge base plus a fresh `compiled` block: expansions (none without a thesaurus) and, unless
 * `index` is false, the precomputed search index.
 */
export function compileKnowledge(kb: KnowledgeBase, generator: string, expand?: Expand, index = true): CompileResult {
  const expansions: Record<string, string[]> = {};
  let added = 0;
  if (expand) {
    for (const e of kb.entries) {
      const list = expandEntry(e, expand);
      if (list.length) expansions[e.id] = list;
      added += list.length;
    }
  }
  const compiled: CompiledData = { version: 1, generator, expansions };
  const knowledge = { ...kb, compiled };
  if (index) compiled.index = writeIndex(knowledge);
  return { knowledge, added };
}
