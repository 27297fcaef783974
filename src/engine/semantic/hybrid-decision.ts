/**
 * The answer / suggest / none decision when the sentence encoder is available: two logistic models, as in
 * ../match/lexical-decision.ts, over features of both rankings, of the entries' answers and of the knowledge base's own
 * vectors (profile.ts).
 * Bases whose entries have few phrasings (a site's FAQ) and many (an intent set with five examples each)
 * behave differently, so every feature appears twice, weighted by (1 - shots) and by shots: in effect two
 * models blended by how many phrasings the base has, and so are the thresholds. Fitted by scripts/fit-semantic.ts
 * with the development sets held out in turn (docs/calibration.md): the thresholds keep confident wrong answers at
 * most 3% and decline at least 85% of the messages nothing should answer on every public set, and on the six
 * business sets pooled at most 1.5% wrong (a margin for businesses nobody fitted on), at least 70% of what the FAQ
 * does not cover declined and 96% of off-topic messages. That fit was made before the calibration's second threshold
 * (a message's closeness to the off-topic corpus); refitted since, they did worse held out than these do, so they
 * stay (scripts/held-out-models.json holds that fit's held-out models; docs/calibration.md has both).
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
    -0.712, 0.536, 2.414, 0.417, 1.425, -1.114, -0.22, 2.042, 0.165, 1.783, 0.249, 0.005, -0.474, -0.609, -0.606, 2.007,
    3.302, 1.314, 0.926, 1.795, 0.304, 0.378, 0.133, -0.404, 0.967, 0.233, 0.954, 0.078, -0.463, 0.483, 1.481, 1.901,
    1.889, 2.301, 0.294, -3.665,
  ],
  suggest: [
    -0.13, 0.291, 1.184, 0.02, 1.976, -0.687, -0.152, 2.221, 0.653, 1.254, 0.429, -0.279, 0.136, 0.023, -0.177, 1.265,
    2.007, 2.146, 0.432, 0.199, 0.657, 0.927, 0.502, -0.239, 0.929, -0.101, 0.989, 0.536, -0.489, 0.216, 2.615, 2.69,
    2.325, 1.247, 0.509, -3.034,
  ],
  /** Thresholds for bases with few phrasings per entry and for bases with many, blended by `shots` like the features. */
  answerAt: [0.8, 0.85] as [number, number],
  suggestAt: [0.65, 0.65] as [number, number],
  /** The suggest thresholds (few phrasings, many) for a message this base's calibration calls in scope (hybrid-answerer.ts scopeOf). */
  suggestInScopeAt: [0.3, 0.5] as [number, number],
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
  /** Per entry: the cosine between the message and its answer (0 without answer vectors). */
  answers: Float64Array;
  stats: MessageStats;
  profile: Profile;
  /** The best cosine between the message and the calibration's off-topic corpus (0 without a calibration). */
  offTopic: number;
}

/**
 * The features in model order: top cosine, its margin over every other entry's, the hybrid margin, the first's
 * relative lexical score, coverage and phrasing coverage, whether both rankings agree, the message's known
 * share and log length, the lexical answer probability when they agree, the top cosine as a z-score among all
 * entries, log(entries), the margin over the third, the top cosine over the base's crowding and over its
 * typical paraphrase, the first's answer cosine and its margin over every other answer's; then the same again for
 * many-phrasing bases, and their weight.
 */
export function semanticFeatures({ ranked, lexical, cosines, answers, stats, profile }: Evidence): number[] {
  const [first, second, third] = ranked;
  const n = cosines.length;
  let others = -1;
  let otherAnswers = -1;
  let sum = 0;
  cosines.forEach((c, e) => {
    sum += c;
    if (e !== first.entry && c > others) others = c;
    if (e !== first.entry && answers[e] > otherAnswers) otherAnswers = answers[e];
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
    answers[first.entry],
    n > 1 ? answers[first.entry] - otherAnswers : 0,
  ];
  const m = profile.shots;
  return [...base.map((v) => v * (1 - m)), ...base.map((v) => v * m), m];
}
