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
import { bestCosine, CALIBRATION, scopeScore, type Calibration } from '../calibrate/calibration';

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
  /** Per entry: the best cosine between the message and its phrasings. */
  cosines: Float64Array;
  /** The best cosine between the message and the calibration's off-topic corpus (0 without a calibration). */
  offTopic: number;
  result: MatchResult;
}

/** What the decision reads of a message's evidence. */
type Decided = Pick<Evidence, 'ranked' | 'profile' | 'cosines' | 'offTopic'>;

/**
 * An answerer whose `match` also takes the message's vector. `calibration` (calibration.ts) is this base's own
 * scope thresholds and the off-topic corpus; until it is known, the decision uses the global models alone.
 */
export function semanticAnswerer(index: KnowledgeIndex, vectors: EntryVectors, calibration?: Calibration) {
  const lexical = answerer(index);
  return {
    ...lexical,
    /** Decide with the message's vector when given, else lexically. */
    match: (text: string, query?: Float32Array): MatchResult =>
      query ? semanticRun(index, vectors, text, query, SEMANTIC_MODEL, calibration).result : lexical.match(text),
  };
}

/** Analyse, rank and decide one message on both kinds of evidence. */
export function semanticRun(
  index: KnowledgeIndex,
  vectors: EntryVectors,
  text: string,
  query: Float32Array,
  model = SEMANTIC_MODEL,
  calibration?: Calibration,
): SemanticRun {
  const words = analyzeAndDecide(index, text);
  const sims = similarities(vectors, query);
  const evidence: Evidence = {
    ranked: hybridRank(words.ranked, sims),
    lexical: words.ranked,
    cosines: sims.best,
    answers: sims.answer,
    stats: words.stats,
    profile: profileOf(vectors),
    offTopic: calibration ? bestCosine([calibration.offTopic], query) : 0,
  };
  const features = evidence.ranked.length ? semanticFeatures(evidence) : [];
  return {
    ranked: evidence.ranked,
    words,
    features,
    profile: evidence.profile,
    cosines: evidence.cosines,
    offTopic: evidence.offTopic,
    result: decide(index, evidence, words, features, model, calibration),
  };
}

/** Where a message stands against this base's calibrated scope: clearly off-topic, in scope, or in between. */
export type Scope = 'off' | 'in' | 'unsure';

/**
 * The message's scope: in scope at or above the calibration's cosine threshold, off-topic well below it or well below
 * the score's threshold (scopeScore), unsure otherwise or without a calibration.
 */
export function scopeOf(best: number, score: number, calibration?: Pick<Calibration, 'scope' | 'scoreScope'>): Scope {
  if (!calibration) return 'unsure';
  const { veto } = CALIBRATION;
  if (best < calibration.scope - veto || score < calibration.scoreScope - veto) return 'off';
  return best >= calibration.scope ? 'in' : 'unsure';
}

/** The answer and suggest models' probabilities for one message's features. */
export interface Odds {
  answer: number;
  suggest: number;
}

/** The two models' probabilities on `features`. */
export const oddsOf = (model: SemanticModel, features: number[]): Odds => ({
  answer: probability(model.answer, features),
  suggest: probability(model.suggest, features),
});

/** The decision on the features (see `decideOn`). */
export function decide(
  index: KnowledgeIndex,
  evidence: Decided,
  words: Run,
  features: number[],
  model: SemanticModel,
  calibration?: Calibration,
): MatchResult {
  if (words.result.smallTalk || !evidence.ranked.length) return words.result;
  return decideOn(index, evidence, words, oddsOf(model, features), model, calibration);
}

/**
 * The decision on the models' probabilities (the fitting script computes them once per message, then tries many
 * thresholds); small talk ("thanks!") is recognised from the words, where meaning adds nothing.
 * With a calibration, a message this base's scale calls in scope needs less of the suggest model to be offered
 * choices, and one it calls off-topic is declined unless words alone would answer it (or, for one or two content
 * words, unless words find anything).
 */
export function decideOn(
  index: KnowledgeIndex,
  { ranked, profile, cosines, offTopic }: Decided,
  words: Run,
  odds: Odds,
  model: Pick<SemanticModel, 'answerAt' | 'suggestAt' | 'suggestInScopeAt' | 'within'>,
  calibration?: Calibration,
): MatchResult {
  const lexical = words.result;
  if (lexical.smallTalk || !ranked.length) return lexical;
  const id = (entry: number) => index.kb.entries[entry].id;
  const score = Math.round(odds.answer * 1000) / 1000;
  if (odds.answer >= threshold(model.answerAt, profile.shots))
    return { status: 'answer', id: id(ranked[0].entry), score, suggestions: [] };
  const none: MatchResult = { status: 'none', score, suggestions: [] };
  const best = Math.max(...cosines);
  const scope = scopeOf(best, scopeScore(best, offTopic, profile.shots), calibration);
  // Clearly off-topic for this base: declined unless words alone would answer, and, for a message of one or two
  // content words (whose cosine says little about scope), unless words find something at all.
  if (scope === 'off' && lexical.status !== 'answer' && words.stats.slots > CALIBRATION.vetoAfterWords) return none;
  if (scope === 'off' && lexical.status === 'none') return none;
  const close = ranked.filter((r) => r.score >= ranked[0].score - model.within).map((r) => id(r.entry));
  // What words alone would have answered (or their first choice) is offered beside meaning's best: meaning adds
  // choices, it never hides the one words would give.
  const fromWords = lexical.status == 'answer' ? [lexical.id!] : lexical.suggestions;
  // A message in this base's scope has its own suggest threshold (fitted: on a site's FAQ, lower than elsewhere).
  const suggestAt = threshold(scope === 'in' ? model.suggestInScopeAt : model.suggestAt, profile.shots);
  const offer = fromWords.length > 0 || odds.suggest >= suggestAt;
  if (!offer) return none;
  const choices = new Set([close[0], ...fromWords.slice(0, 1), ...close, ...fromWords]);
  return { status: 'suggest', score, suggestions: [...choices].slice(0, MAX_CHOICES) };
}
