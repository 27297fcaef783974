import { describe, expect, it } from 'vitest';
import { profileOf } from './profile';

const unit = (...xs: number[]) => {
  const n = Math.hypot(...xs);
  return Float32Array.from(xs, (x) => x / n);
};

describe('profileOf', () => {
  it('measures crowding, paraphrase closeness and phrasings per entry', () => {
    const p = profileOf({
      fingerprint: 't',
      entries: [[unit(1, 0, 0), unit(1, 1, 0)], [unit(0, 1, 0), unit(0, 1, 1)], [unit(0, 0, 1)]],
    });
    // best(0) = cos((1,0,0), any of entry 1 or 2) = 0; best(1) = cos((0,1,0),(1,1,0)) ≈ 0.707; best(2) = cos((0,0,1),(0,1,1)) ≈ 0.707.
    expect(p.crowd).toBeCloseTo((0 + Math.SQRT1_2 + Math.SQRT1_2) / 3, 5);
    expect(p.paraphrase).toBeCloseTo(Math.SQRT1_2, 5);
    // 5 phrasings over 3 entries: 1.67 per entry, just above "few".
    expect(p.shots).toBeCloseTo((5 / 3 - 1.5) / 3, 5);
  });

  it('defaults the paraphrase closeness when no entry has an alternate, and bounds shots to [0, 1]', () => {
    const few = profileOf({ fingerprint: 't', entries: [[unit(1, 0)], [unit(0, 1)]] });
    expect(few.paraphrase).toBe(0.6);
    expect(few.shots).toBe(0);
    const many = profileOf({
      fingerprint: 't',
      entries: [Array.from({ length: 9 }, () => unit(1, 0)), Array.from({ length: 9 }, () => unit(0, 1))],
    });
    expect(many.shots).toBe(1);
  });

  it('samples big bases instead of comparing every entry with every other', () => {
    const entries = Array.from({ length: 2000 }, (_, i) => [unit(Math.cos(i), Math.sin(i))]);
    const t0 = performance.now();
    const p = profileOf({ fingerprint: 't', entries });
    expect(p.crowd).toBeGreaterThan(0.99);
    // Not a timing test: the bound is on the work, checked by the result existing at all with 2,000 × 2,000 pairs skipped.
    expect(performance.now() - t0).toBeLessThan(60_000);
  });

  it('remembers the profile of the same vectors', () => {
    const v = { fingerprint: 't', entries: [[unit(1, 0)], [unit(0, 1)]] };
    expect(profileOf(v)).toBe(profileOf(v));
  });
});
