/**
 * The answerer with meaning: lexical matching plus a sentence encoder's vectors. Given the message's vector
 * it ranks and decides on both kinds of evidence; without one it answers exactly as the lexical answerer.
 * The encoding itself happens outside (a worker in the widget, Node in the CLI): this stays synchronous and pure.
 */
import { analyzeAndDecide, answerer } from '../answer';
import { probability } from '../decide';
import type { KnowledgeIndex } from '../knowledge-index';
import type { MatchResult } from '../types';
import { SEMANTIC_MODEL, semanticFeatures } from './decide';
import { hybridRank, similarities, type HybridRanked } from './hybrid';
import type { EntryVectors } from './vectors';

/** What one message came to with meaning: the hybrid ranking and the decision. */
export interface SemanticRun {
  ranked: HybridRanked[];
  /** The lexical ranking's best entry, if any. */
  lexicalFirst?: number;
  features: number[];
  result: MatchResult;
}

/** An answerer whose `match` also takes the message's vector. */
export function semanticAnswerer(index: KnowledgeIndex, vectors: EntryVectors) {
  const lexical = answerer(index);
  return {
    ...lexical,
    vectors,
    /** Decide with the message's vector when given, else lexically. */
    match: (text: string, query?: Float32Array): MatchResult => (query ? semanticRun(index, vectors, text, query).result : lexical.match(text)),
  };
}

/** Analyse, rank and decide one message on both kinds of evidence. */
export function semanticRun(index: KnowledgeIndex, vectors: EntryVectors, text: string, query: Float32Array): SemanticRun {
  const run = analyzeAndDecide(index, text);
  const ranked = hybridRank(run.ranked, similarities(vectors, query));
  const lexicalFirst = run.ranked[0]?.entry;
  const features = semanticFeatures(ranked, lexicalFirst, run.stats);
  // Small talk ("thanks!") is recognised from the words; meaning adds nothing there.
  if (run.result.smallTalk || !ranked.length) return { ranked, lexicalFirst, features, result: run.result };
  const id = (r: HybridRanked) => index.kb.entries[r.entry].id;
  const p = probability(SEMANTIC_MODEL.answer, features);
  const score = Math.round(p * 1000) / 1000;
  let result: MatchResult = { status: 'none', score, suggestions: [] };
  if (p >= SEMANTIC_MODEL.answerAt) result = { status: 'answer', id: id(ranked[0]), score, suggestions: [] };
  else if (probability(SEMANTIC_MODEL.suggest, features) >= SEMANTIC_MODEL.suggestAt) {
    const close = ranked.filter((r) => r.score >= ranked[0].score - SEMANTIC_MODEL.within).slice(0, 3);
    result = { status: 'suggest', score, suggestions: close.map(id) };
  }
  return { ranked, lexicalFirst, features, result };
}
