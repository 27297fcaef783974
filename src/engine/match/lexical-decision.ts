import type { Ranked } from './score';

/**
 * The answer / suggest / none decision as two small logistic models over features of the ranking:
 * P(the best entry is right) and P(the message is one the base can help with, its entry among the best
 * three, rather than one nothing answers). Weights were fitted on the development sets (shop, clinic,
 * software company, default base) with each set held out in turn to check they carry over (see README
 * "Matching quality"); the thresholds keep confident wrong answers near 2% and decline 85% of off-topic messages.
 * Feature order: coverage, phrasing, margin, strength, known share, log(slots), question share,
 * runner-up coverage, hit count, bias.
 */
export const MODEL = {
  answer: [1.253, 0.69, 1.387, 0.582, 0.625, -0.814, -0.081, -0.111, 0.187, -1.045],
  suggest: [0.78, 0.692, 0.15, 1.322, 1.23, -0.136, 0.438, 0.39, 0.416, -1.442],
  answerAt: 0.75,
  suggestAt: 0.8,
  /** Entries scoring at least this share of the best one join the "Did you mean…" choices. */
  ratio: 0.5,
};

/** What the decision needs to know about a message beyond its ranking. */
export interface MessageStats {
  /** Content units in the message. */
  slots: number;
  /** Units some entry knows. */
  known: number;
  /** The largest idf possible in this knowledge base (an unseen word's), to compare strengths across sizes. */
  idfMax: number;
}

/** The features the models read, in MODEL order (without the bias). */
export function features(first: Ranked, second: Ranked | undefined, stats: MessageStats): number[] {
  const question = first.hits.reduce((sum, h) => sum + (h.field == 'question' ? h.value : 0), 0);
  return [
    first.coverage,
    first.phrasing,
    second ? (first.score - second.score) / first.score : 1,
    first.score / stats.idfMax,
    stats.known / Math.max(stats.slots, 1),
    Math.log(1 + stats.slots),
    question / first.score,
    second ? second.coverage : 0,
    Math.min(first.hits.length, 5) / 5,
  ];
}

/** Logistic probability of a weight vector (last weight is the bias). */
export function probability(weights: readonly number[], x: readonly number[]): number {
  return 1 / (1 + Math.exp(-x.reduce((z, v, i) => z + weights[i] * v, weights[weights.length - 1])));
}
