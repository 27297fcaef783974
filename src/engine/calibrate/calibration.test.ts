import { describe, expect, it } from 'vitest';
import {
  bestCosine,
  calibrate,
  calibrationSteps,
  CALIBRATION,
  CALIBRATION_VERSION,
  quantile,
  scopeScore,
} from './calibration';
import { OFF_TOPIC } from './offtopic';
import { scopeOf } from '../semantic/hybrid-answerer';
import { shotsOf } from '../semantic/profile';
import { mix } from '../knowledge/index-format';

/** A unit vector in 3 dimensions. */
const unit = (...xs: number[]) => {
  const n = Math.hypot(...xs);
  return Float32Array.from(xs, (x) => x / n);
};

describe('quantile', () => {
  it('takes the value at rank floor(p·n) of the sorted values, the last at most', () => {
    expect(quantile([5, 1, 3, 2, 4], 0)).toBe(1);
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([5, 1, 3, 2, 4], 0.97)).toBe(5);
    expect(quantile([5, 1, 3, 2, 4], 1)).toBe(5);
  });
});

describe('bestCosine', () => {
  it('finds the closest phrasing, and skips the one left out', () => {
    const entries = [[unit(1, 0, 0), unit(1, 1, 0)], [unit(0, 0, 1)]];
    expect(bestCosine(entries, unit(1, 0, 0))).toBeCloseTo(1);
    expect(bestCosine(entries, unit(1, 0, 0), [0, 0])).toBeCloseTo(Math.SQRT1_2);
  });
});

describe('calibrate', () => {
  // Two entries whose phrasings are close to each other, along x and y; off-topic messages lean towards z.
  const entries = [
    [unit(1, 0.1, 0), unit(1, 0.3, 0.1)],
    [unit(0, 1, 0.1), unit(0.2, 1, 0)],
  ];
  const corpus = Array.from({ length: 100 }, (_, i) => unit(0.2 + i / 200, 0.1, 1));

  // A corpus message's scope score: against the base, and against the rest of the corpus.
  const scoreOf = (base: Float32Array[][], list: Float32Array[], i: number) =>
    scopeScore(bestCosine(base, list[i]), bestCosine([list], list[i], [0, i]), shotsOf(base));

  it('puts both thresholds above almost all of the off-topic corpus, and below every own paraphrase', () => {
    const { scope, scoreScope } = calibrate(entries, corpus);
    const enough = Math.floor(CALIBRATION.corpusQuantile * corpus.length);
    expect(corpus.filter((v) => bestCosine(entries, v) < scope).length).toBeGreaterThanOrEqual(enough);
    expect(corpus.filter((_, i) => scoreOf(entries, corpus, i) < scoreScope).length).toBeGreaterThanOrEqual(enough);
    // Every phrasing, asked against the others, is above both: they are in scope.
    entries.forEach((list, e) =>
      list.forEach((v, k) => {
        const best = bestCosine(entries, v, [e, k]);
        expect(best).toBeGreaterThan(scope);
        expect(scopeScore(best, bestCosine([corpus], v), shotsOf(entries))).toBeGreaterThan(scoreScope);
      }),
    );
  });

  it('never puts a threshold above what a fifth of its own paraphrases reach, when the corpus is in its domain', () => {
    // A corpus that sits right on the entries (an assistant's FAQ covers "set an alarm"): the corpus says nothing.
    const inDomain = Array.from({ length: 50 }, () => unit(1, 0.2, 0.05));
    const { scope, scoreScope } = calibrate(entries, inDomain);
    const own = entries.flatMap((list, e) => list.map((v, k) => bestCosine(entries, v, [e, k])));
    const ownScores = entries.flatMap((list, e) =>
      list.map((v, k) => scopeScore(bestCosine(entries, v, [e, k]), bestCosine([inDomain], v), shotsOf(entries))),
    );
    expect(scope).toBeLessThanOrEqual(quantile(own, CALIBRATION.inScopeQuantile) + 1e-4);
    expect(scoreScope).toBeLessThanOrEqual(quantile(ownScores, CALIBRATION.inScopeQuantile) + 1e-4);
  });

  it('without alternates, takes the corpus alone', () => {
    const single = [[unit(1, 0, 0)], [unit(0, 1, 0)]];
    const { scope, scoreScope } = calibrate(single, corpus);
    const quantileOf = (values: number[]) => quantile(values, CALIBRATION.corpusQuantile);
    expect(scope).toBeCloseTo(quantileOf(corpus.map((v) => bestCosine(single, v))), 4);
    expect(scoreScope).toBeCloseTo(quantileOf(corpus.map((_, i) => scoreOf(single, corpus, i))), 4);
  });

  it('yields between slices and gives the same result as at once', () => {
    const big = Array.from({ length: 4 }, () => corpus).flat();
    const steps = calibrationSteps(entries, big);
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    // Each of the 4 phrasings against the 3 others and the corpus, then each corpus message against all 4 and
    // against the rest of the corpus (all of it is off-topic for these entries).
    const cosines = 4 * (3 + big.length) + big.length * (4 + big.length - 1);
    expect(pauses).toBe(Math.floor(cosines / CALIBRATION.perStep));
    expect(pauses).toBeGreaterThan(10);
    expect(r.value).toEqual(calibrate(entries, big));
  });
});

describe('scopeScore', () => {
  it("lowers a message's score by its closeness to the off-topic corpus, for a base with few phrasings only", () => {
    expect(scopeScore(0.5, 0.9, 0)).toBeLessThan(scopeScore(0.5, 0.2, 0));
    expect(scopeScore(0.5, 0.2, 0)).toBeCloseTo(0.5 - CALIBRATION.corpusWeight * 0.2);
    // Many phrasings per entry: its own paraphrases say what in scope looks like, and the corpus counts for nothing.
    expect(scopeScore(0.5, 0.9, 1)).toBe(0.5);
  });
});

describe('scopeOf', () => {
  it('is in scope at the cosine threshold, off-topic well below either threshold, unsure otherwise', () => {
    const calibration = { scope: 0.5, scoreScope: 0.3 };
    const { veto } = CALIBRATION;
    expect(scopeOf(0.5, 0.3, calibration)).toBe('in');
    expect(scopeOf(0.5 - veto / 2, 0.3, calibration)).toBe('unsure');
    expect(scopeOf(0.5 - veto - 0.01, 0.3, calibration)).toBe('off');
    // As close to the base, but close to the off-topic corpus too: off-topic, whatever the cosine alone says.
    expect(scopeOf(0.6, 0.3 - veto - 0.01, calibration)).toBe('off');
    expect(scopeOf(0.6, 0.3 - veto / 2, calibration)).toBe('in');
    // Without a calibration nothing is in or off.
    expect(scopeOf(0.9, 0.9)).toBe('unsure');
    expect(scopeOf(-1, -1)).toBe('unsure');
  });
});

describe('CALIBRATION_VERSION', () => {
  it('changes with the corpus and the parameters: a calibration stored by another version is on another scale', () => {
    // When this fails, the corpus or CALIBRATION changed: bump CALIBRATION_VERSION, then set the fingerprint here.
    const measuredWith = mix(0, [OFF_TOPIC, JSON.stringify(CALIBRATION)]);
    expect({ version: CALIBRATION_VERSION, measuredWith }).toEqual({ version: 2, measuredWith: 876312440 });
  });
});

describe('the off-topic corpus', () => {
  it('has a couple of hundred distinct messages', () => {
    expect(OFF_TOPIC.length).toBeGreaterThan(200);
    expect(new Set(OFF_TOPIC).size).toBe(OFF_TOPIC.length);
  });
});
