/**
 * The answer / suggest / none decision when the sentence encoder is available: two logistic models, as in
 * ../decide.ts, over features of both rankings and of the knowledge base's own vectors (profile.ts).
 * Bases whose entries have few phrasings (a site's FAQ) and many (an intent set with five examples each)
 * behave differently, so every feature appears twice, weighted by (1 - shots) and by shots: in effect two
 * models blended by how many phrasings the base has, and so are the thresholds. Fitted by scripts/fit-semantic.ts
 * with the development sets held out in turn (README "Matching quality"): the thresholds keep confident wrong
 * answers at most 3% and decline at least 85% of the messages nothing should answer on every public set, and
 * 2% / 87% on the business sets pooled, a margin for businesses nobody fitted on.
 */
import {
  features as lexicalFeatures,
  MODEL as LEXICAL,
  probability,
  type MessageStats,
} from '../match/lexical-decision';
import type { Ranked } from '../match/score';
import type { HybridRanked } from './hybrid';
import type { Profile } from './profile';

/** The fitted models (weights in semanticFeatures order, bias last) and thresholds. */
export const SEMANTIC_MODEL = {
  answer: [
    0.177, 0.214, 1.88, 1.164, 1.782, -0.538, -0.426, 1.891, 0.405, 2.784, -0.016, -0.432, -0.958, 0.576, -0.472, 2.087,
    1.138, 1.971, 0.346, 0.281, 0.365, -0.469, 0.855, 0.239, 1.065, 0.304, -0.384, 0.765, 1.98, 1.741, 0.862, -4.286,
  ],
  suggest: [
    0.381, 0.138, 1.12, 0.597, 2.248, -0.229, -0.466, 2.434, 0.667, 1.62, 0.437, -0.644, 0.028, 0.604, -0.409, 2.765,
    0.459, 0.349, 0.702, 0.845, 0.613, -0.297, 0.927, -0.006, 1.137, 0.61, -0.501, 0.396, 3.13, 2.455, 0.91, -3.336,
  ],
  /** Thresholds for bases with few phrasings per entry and for bases with many, blended by `shots` like the features. */
  answerAt: [0.8, 0.88] as [number, number],
  suggestAt: [0.85, 0.85] as [number, number],
  /** Entries within this much hybrid score of the best join the "Did you mean…" choices (2: in practice the best three, unless far behind). */
  within: 2,
};

/** A threshold pair (few phrasings, many) blended by the base's `shots`. */
export const threshold = ([few, many]: readonly [number, number], shots: number): number => few + (many - few) * shots;

/** The evidence the decision reads, beyond the hybrid ranking. */
export interface Evidence {
  ranked: HybridRanked[];
  /** The lexical ranking (score.ts). */
  lexical: Ranked[];
  /** Per entry: the best cosine between the message and its phrasings. */
  cosines: Float64Array;
  stats: MessageStats;
  profile: Profile;
}

/**
 * The features in model order: top cosine, its margin over every other entry's, the hybrid margin, the first's
 * relative lexical score, coverage and phrasing coverage, whether both rankings agree, the message's known
 * share and log length, the lexical answer probability when they agree, the top cosine as a z-score among all
 * entries, log(entries), the margin over the third, the top cosine over the base's crowding and over its
 * typical paraphrase; then the same again for many-phrasing bases, and their weight.
 */
export function semanticFeatures({ ranked, lexical, cosines, stats, profile }: Evidence): number[] {
  const [first, second, third] = ranked;
  const n = cosines.length;
  let others = -1;
  let sum = 0;
  cosines.forEach((c, e) => {
    sum += c;
    if (e !== first.entry && c > others) others = c;
  });
  const mean = sum / n;
  const sd = Math.sqrt(cosines.reduce((s, c) => s + (c - mean) ** 2, 0) / n) || 1;
  const agree = lexical[0]?.entry === first.entry;
  const base = [
    first.cosine,
    first.cosine - others,
    second ? first.score - second.score : 1,
    first.lexical,
    first.ranked?.coverage ?? 0,
    first.ranked?.phrasing ?? 0,
    agree ? 1 : 0,
    stats.known / Math.max(stats.slots, 1),
    Math.log(1 + stats.slots),
    agree ? probability(LEXICAL.answer, lexicalFeatures(lexical[0], lexical[1], stats)) : 0,
    (first.cosine - mean) / sd / 10,
    Math.log(n) / 5,
    third ? first.cosine - third.cosine : 1,
    first.cosine - profile.crowd,
    first.cosine - profile.paraphrase,
  ];
  const m = profile.shots;
  return [...base.map((v) => v * (1 - m)), ...base.map((v) => v * m), m];
}
