/**
 * A knowledge base's own scale for "is this message about us?". Cosines mean different things on different
 * FAQs: a narrow FAQ (one service, many near entries) scores every message higher than a broad one. So each
 * knowledge base measures two things against itself:
 * - how its own phrasings score when each is asked against the others (leave one out): what in-scope looks like;
 * - how a fixed corpus of off-topic messages and small talk (offtopic.ts) scores against it: what off-topic looks like.
 * A threshold sits where almost all of the corpus falls below it, and never above what a fifth of its own
 * paraphrases reach. There are two: one on the best cosine to any phrasing, and one on a scope score, the best cosine
 * less a share of the message's best cosine to the corpus. A message as close to the FAQ as an off-topic one but far
 * from every off-topic message is more likely about this business; one close to the corpus, less. At or above the
 * first, a message is in scope; well below either, off-topic. `faq-chat build` stores both; for a plain file the
 * worker computes them in slices.
 */
import { shotsOf } from '../semantic/profile';
import { dot } from '../semantic/vectors';

/** A knowledge base's calibration, ready to decide with: its thresholds and the corpus it was measured against. */
export interface Calibration {
  /** The best cosine to any phrasing at which a message is in scope: offered choices rather than declined. */
  scope: number;
  /** The same for the scope score (scopeScore): well below either threshold, a message is off-topic. */
  scoreScope: number;
  /** The off-topic corpus's vectors, from the same encoder as the entries'. */
  offTopic: readonly Float32Array[];
}

/**
 * The version of the calibration's method, corpus and parameters. A stored calibration of another version is stale
 * (its threshold is on another scale); calibration.test.ts fails when the corpus or CALIBRATION changes without it.
 */
export const CALIBRATION_VERSION = 2;

/** The calibration's few global parameters, chosen on every development set held out in turn (docs/matching.md). */
export const CALIBRATION = Object.freeze({
  /** The share of the off-topic corpus that must fall below the scope threshold. */
  corpusQuantile: 0.97,
  /**
   * How much a message's best cosine to the corpus counts against its scope score, for a base with few phrasings per
   * entry; none for one with many (profile.ts `shots`), whose own paraphrases already say what in scope looks like.
   */
  corpusWeight: 0.5,
  /** The threshold never exceeds this quantile of the base's own leave-one-out cosines (corpus messages in its domain). */
  inScopeQuantile: 0.2,
  /** Below the threshold by this much, a message is declined even when word evidence alone would offer choices… */
  veto: 0.06,
  /** …when it has more than this many content words: the cosine of one or two words says little about scope. */
  vetoAfterWords: 2,
  /** At most this many phrasings are asked against the rest: enough for stable quantiles, bounded work on big bases. */
  samples: 240,
  /** Cosines computed between two pauses (`calibrationSteps` yields): a few milliseconds on a slow phone. */
  perStep: 1000,
});

/** The p-quantile of values: the value at rank ⌊p·n⌋ of the sorted list (the last one at most). */
export function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/**
 * A message's scope score: its best cosine to the base, less the corpus's weight times its best cosine to the corpus.
 */
export const scopeScore = (best: number, offTopic: number, shots: number): number =>
  best - CALIBRATION.corpusWeight * (1 - shots) * offTopic;

/** The best cosine between `query` and any phrasing, skipping one phrasing (entry, index) when given. */
export function bestCosine(
  entries: readonly (readonly Float32Array[])[],
  query: Float32Array,
  skip?: [number, number],
): number {
  let best = -1;
  entries.forEach((list, e) =>
    list.forEach((v, k) => {
      if (skip && skip[0] === e && skip[1] === k) return;
      const c = dot(v, query);
      if (c > best) best = c;
    }),
  );
  return best;
}

/** The phrasings asked against the rest: those of entries with an alternate, at most `samples`, spread evenly. */
function leaveOneOutSample(entries: readonly Float32Array[][]): [number, number][] {
  const all: [number, number][] = [];
  entries.forEach((list, e) => {
    if (list.length > 1) list.forEach((_, k) => all.push([e, k]));
  });
  const step = Math.max(1, all.length / CALIBRATION.samples);
  const out: [number, number][] = [];
  for (let i = 0; i < all.length && out.length < CALIBRATION.samples; i += step) out.push(all[Math.floor(i)]);
  return out;
}

/** The best cosine of `query` to any phrasing but `skip`, pausing (yield) every `perStep` cosines. */
function* bestCosineSteps(
  entries: readonly (readonly Float32Array[])[],
  query: Float32Array,
  work: { done: number },
  skip?: [number, number],
): Generator<void, number> {
  let best = -1;
  for (let e = 0; e < entries.length; e++) {
    const list = entries[e];
    for (let k = 0; k < list.length; k++) {
      if (skip && skip[0] === e && skip[1] === k) continue;
      const c = dot(list[k], query);
      if (c > best) best = c;
      if (++work.done % CALIBRATION.perStep === 0) yield;
    }
  }
  return best;
}

/**
 * A threshold from what in-scope and off-topic messages score: above almost all of the corpus, never above a fifth of
 * its own.
 */
function thresholdOf(own: number[], offTopic: number[]): number {
  const fromCorpus = offTopic.length ? quantile(offTopic, CALIBRATION.corpusQuantile) : 1;
  const t = own.length ? Math.min(fromCorpus, quantile(own, CALIBRATION.inScopeQuantile)) : fromCorpus;
  return Math.round(t * 1e4) / 1e4;
}

/**
 * The calibration, as a generator that yields every few thousand cosines, so a worker can interleave visitors'
 * messages; `corpus` holds the off-topic corpus's vectors from the same model as `entries`.
 */
export function* calibrationSteps(
  entries: readonly Float32Array[][],
  corpus: readonly Float32Array[],
): Generator<void, Calibration> {
  const work = { done: 0 };
  const shots = shotsOf(entries);
  const own = { best: [] as number[], score: [] as number[] };
  for (const [e, k] of leaveOneOutSample(entries)) {
    const best = yield* bestCosineSteps(entries, entries[e][k], work, [e, k]);
    own.best.push(best);
    own.score.push(scopeScore(best, yield* bestCosineSteps([corpus], entries[e][k], work), shots));
  }
  // Corpus messages scoring above a typical paraphrase of this base are in its domain (an assistant's FAQ covers
  // "set an alarm"): they say nothing about what off-topic looks like here. Each of the others is scored against the
  // rest of the corpus, as a message the corpus does not hold would be.
  const typical = own.best.length ? quantile(own.best, 0.5) : Infinity;
  const offTopic = { best: [] as number[], score: [] as number[] };
  for (let i = 0; i < corpus.length; i++) {
    const best = yield* bestCosineSteps(entries, corpus[i], work);
    if (best >= typical) continue;
    offTopic.best.push(best);
    offTopic.score.push(scopeScore(best, yield* bestCosineSteps([corpus], corpus[i], work, [0, i]), shots));
  }
  return {
    scope: thresholdOf(own.best, offTopic.best),
    scoreScope: thresholdOf(own.score, offTopic.score),
    offTopic: corpus,
  };
}

/** The calibration at once (the CLI, tests). */
export function calibrate(entries: readonly Float32Array[][], corpus: readonly Float32Array[]): Calibration {
  const steps = calibrationSteps(entries, corpus);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
