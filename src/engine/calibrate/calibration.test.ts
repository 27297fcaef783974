import { describe, expect, it } from 'vitest';
import { bestCosine, calibrate, calibrationSteps, CALIBRATION, quantile } from './calibration';
import { OFF_TOPIC } from './offtopic';
import { scopeOf } from '../semantic/hybrid-answerer';

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
  const corpus = Array.from({ length: 100 }, (_, i) => unit(0.2 + (i % 10) / 20, 0.1, 1));

  it('puts the scope above almost all of the off-topic corpus', () => {
    const { scope } = calibrate(entries, corpus);
    const below = corpus.filter((v) => bestCosine(entries, v) < scope).length;
    expect(below).toBeGreaterThanOrEqual(Math.floor(CALIBRATION.corpusQuantile * corpus.length));
    // …and every phrasing, asked against the others, is above it: they are in scope.
    entries.forEach((list, e) => list.forEach((v, k) => expect(bestCosine(entries, v, [e, k])).toBeGreaterThan(scope)));
  });

  it('never puts the scope above what a fifth of its own paraphrases reach, when the corpus is in its domain', () => {
    // A corpus that sits right on the entries (an assistant's FAQ covers "set an alarm"): the corpus says nothing.
    const inDomain = Array.from({ length: 50 }, () => unit(1, 0.2, 0.05));
    const { scope } = calibrate(entries, inDomain);
    const own = entries.flatMap((list, e) => list.map((v, k) => bestCosine(entries, v, [e, k])));
    expect(scope).toBeLessThanOrEqual(quantile(own, CALIBRATION.inScopeQuantile) + 1e-4);
  });

  it('without alternates, takes the corpus alone', () => {
    const single = [[unit(1, 0, 0)], [unit(0, 1, 0)]];
    const { scope } = calibrate(single, corpus);
    expect(scope).toBeCloseTo(
      quantile(
        corpus.map((v) => bestCosine(single, v)),
        CALIBRATION.corpusQuantile,
      ),
      4,
    );
  });

  it('yields between slices and gives the same result as at once', () => {
    const big = Array.from({ length: 30 }, () => corpus).flat();
    const steps = calibrationSteps(entries, big);
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    // Each of the 4 phrasings against the 3 others, then each corpus message against all 4.
    const cosines = 4 * 3 + big.length * 4;
    expect(pauses).toBe(Math.floor(cosines / CALIBRATION.perStep));
    expect(pauses).toBeGreaterThan(10);
    expect(r.value).toEqual(calibrate(entries, big));
  });
});

describe('scopeOf', () => {
  it('is in scope at the threshold, off-topic well below it, unsure in between or without a calibration', () => {
    const calibration = { scope: 0.5 };
    expect(scopeOf(0.5, calibration)).toBe('in');
    expect(scopeOf(0.5 - CALIBRATION.veto / 2, calibration)).toBe('unsure');
    expect(scopeOf(0.5 - CALIBRATION.veto - 0.01, calibration)).toBe('off');
    expect(scopeOf(0.9)).toBe('unsure');
  });
});

describe('the off-topic corpus', () => {
  it('has a couple of hundred distinct messages', () => {
    expect(OFF_TOPIC.length).toBeGreaterThan(200);
    expect(new Set(OFF_TOPIC).size).toBe(OFF_TOPIC.length);
  });
});
