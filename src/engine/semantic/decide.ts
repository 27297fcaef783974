/**
 * The answer / suggest / none decision when the sentence encoder is available: two logistic models, as in
 * ../decide.ts, over features of both rankings. Fitted with each development set held out in turn (see
 * scripts/fit-decision.ts and README "Matching quality").
 * Feature order: top cosine, cosine margin, hybrid margin, lexical share of the first, its coverage,
 * its phrasing coverage, rankings agree, known share, log(slots), bias.
 */
import type { MessageStats } from '../decide';
import type { HybridRanked } from './hybrid';

export const SEMANTIC_MODEL = {
  answer: [6, 4, 2, 0.5, 1, 0.5, 0.5, 0.5, -0.3, -5],
  suggest: [6, 0, 0, 0.3, 0.5, 0.3, 0.3, 0.5, 0, -3.5],
  answerAt: 0.75,
  suggestAt: 0.8,
  /** Entries within this much hybrid score of the best join the "Did you mean…" choices. */
  within: 0.25,
};

/** The features the models read, in SEMANTIC_MODEL order (without the bias). */
export function semanticFeatures(ranked: HybridRanked[], lexicalFirst: number | undefined, stats: MessageStats): number[] {
  const [first, second] = ranked;
  return [
    first.cosine,
    second ? first.cosine - second.cosine : 1,
    second ? first.score - second.score : 1,
    first.lexical,
    first.ranked?.coverage ?? 0,
    first.ranked?.phrasing ?? 0,
    first.entry === lexicalFirst ? 1 : 0,
    stats.known / Math.max(stats.slots, 1),
    Math.log(1 + stats.slots),
  ];
}
