/**
 * The answerer with meaning: lexical matching plus a sentence encoder's vectors. Given the message's vector
 * it ranks and decides on both kinds of evidence; without one it answers exactly as the lexical answerer.
 * The encoding itself happens outside (a worker in the widget, Node in the CLI): this stays synchronous and pure.
 */
import { analyzeAndDecide, answerer, type Run } from '../match/lexical-answerer';
import { probability } from '../match/lexical-decision';
import type { KnowledgeIndex } from '../match/knowledge-index';
import type { MatchResult } from '../types';
import { SEMANTIC_MODEL, semanticFeatures, threshold, type Evidence } from './hybrid-decision';
import { hybridRank, similarities, type HybridRanked } from './hybrid';
import { profileOf, type Profile } from './profile';
import type { EntryVectors } from './vectors';

/** At most this many "Did you mean…" choices. */
const MAX_CHOICES = 3;

/** The decision's parameters (SEMANTIC_MODEL's shape), so the fitting script can try others. */
export type SemanticModel = typeof SEMANTIC_MODEL;

/** What one message came to with meaning: both rankings, the features and the decision. */
export interface SemanticRun {
  ranked: HybridRanked[];
  /** The lexical run, with the decision words alone would have made. */
  words: Run;
  features: number[];
  /** What the knowledge base's own vectors say about it. */
  profile: Profile;
  result: MatchResult;
}

/** An answerer whose `match` also takes the message's vector. */
export function semanticAnswerer(index: KnowledgeIndex, vectors: EntryVectors) {
  const lexical = answerer(index);
  return {
    ...lexical,
    /** Decide with the message's vector when given, else lexically. */
    match: (text: string, query?: Float32Array): MatchResult =>
      query ? semanticRun(index, vectors, text, query).result : lexical.match(text),
  };
}

/** Analyse, rank and decide one message on both kinds of evidence. */
export function semanticRun(
  index: KnowledgeIndex,
  vectors: EntryVectors,
  text: string,
  query: Float32Array,
  model = SEMANTIC_MODEL,
): SemanticRun {
  const words = analyzeAndDecide(index, text);
  const sims = similarities(vectors, query);
  const evidence: Evidence = {
    ranked: hybridRank(words.ranked, sims),
    lexical: words.ranked,
    cosines: sims.best,
    stats: words.stats,
    profile: profileOf(vectors),
  };
  const features = evidence.ranked.length ? semanticFeatures(evidence) : [];
  return {
    ranked: evidence.ranked,
    words,
    features,
    profile: evidence.profile,
    result: decide(index, evidence, words, features, model),
  };
}

/** The decision on the features; small talk ("thanks!") is recognised from the words, where meaning adds nothing. */
export function decide(
  index: KnowledgeIndex,
  { ranked, profile }: Pick<Evidence, 'ranked' | 'profile'>,
  words: Run,
  features: number[],
  model: SemanticModel,
): MatchResult {
  const lexical = words.result;
  if (lexical.smallTalk || !ranked.length) return lexical;
  const id = (entry: number) => index.kb.entries[entry].id;
  const p = probability(model.answer, features);
  const score = Math.round(p * 1000) / 1000;
  if (p >= threshold(model.answerAt, profile.shots))
    return { status: 'answer', id: id(ranked[0].entry), score, suggestions: [] };
  const close = ranked.filter((r) => r.score >= ranked[0].score - model.within).map((r) => id(r.entry));
  // What words alone would have answered (or their first choice) is offered beside meaning's best: meaning adds
  // choices, it never hides the one words would give.
  const fromWords = lexical.status == 'answer' ? [lexical.id!] : lexical.suggestions;
  if (fromWords.length || probability(model.suggest, features) >= threshold(model.suggestAt, profile.shots)) {
    const choices = new Set([close[0], ...fromWords.slice(0, 1), ...close, ...fromWords]);
    return { status: 'suggest', score, suggestions: [...choices].slice(0, MAX_CHOICES) };
  }
  return { status: 'none', score, suggestions: [] };
}
