import { describe, expect, it } from 'vitest';
import { SENSITIVITY, affineMinMax, affineStep, allocateSteps, stats } from './quantise.mjs';

/** Deterministic, roughly normal values with one outlier. */
function sample(n) {
  const v = new Float32Array(n);
  let seed = 7;
  const rand = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (let i = 0; i < n; i++) v[i] = (rand() + rand() + rand() - 1.5) * 0.2;
  v[n - 1] = 10; // about 100 standard deviations out
  return v;
}

describe('affineStep (TensorFlow.js affine uint8 with a step in standard deviations)', () => {
  const values = sample(5000);
  const plain = values.slice(0, -1);
  const q = affineStep(plain, 0.25);

  it('writes what TensorFlow.js decodes: code × scale + min, one byte per value, the step in standard deviations', () => {
    const [codes] = q.bytes;
    expect(codes).toHaveLength(plain.length);
    expect(q.quantization.dtype).toBe('uint8');
    expect(q.quantization.scale).toBeCloseTo(0.25 * stats(plain).sd, 10);
    codes.forEach((c, i) => expect(q.decoded[i]).toBeCloseTo(c * q.quantization.scale + q.quantization.min, 6));
  });

  it('keeps an outlier: the step grows to the range over 255 codes, and every weight is within half a step', () => {
    const wide = affineStep(values, 0.25);
    expect(wide.quantization.scale).toBeGreaterThan(q.quantization.scale);
    const half = wide.quantization.scale / 2 + 1e-6;
    values.forEach((v, i) => expect(Math.abs(wide.decoded[i] - v)).toBeLessThanOrEqual(half));
  });

  it('uses fewer distinct codes than min/max codes over the whole range', () => {
    const distinct = (codes) => new Set(codes).size;
    expect(distinct(q.bytes[0])).toBeLessThan(distinct(affineMinMax(plain).bytes[0]));
  });
});

describe('allocateSteps', () => {
  const names = Object.keys(SENSITIVITY).map((k) => `prefix/${k}`);
  const sizes = Object.fromEntries(names.map((n) => [n, 100_000]));

  it('gives weights that move the vectors more a finer step: the step goes as 1/√sensitivity', () => {
    const steps = allocateSteps(sizes, 0.01);
    const [a, b] = [names[0], names[6]];
    const [sa, sb] = [SENSITIVITY[a.slice(7)], SENSITIVITY[b.slice(7)]];
    expect(steps[a] / steps[b]).toBeCloseTo(Math.sqrt(sb / sa), 10);
  });

  it('adds up to the target distortion (each matrix: sensitivity × step²)', () => {
    const steps = allocateSteps(sizes, 0.01);
    const total = names.reduce((s, n) => s + SENSITIVITY[n.slice(7)] * steps[n] ** 2, 0);
    expect(total).toBeCloseTo(0.01, 10);
  });

  it('refuses weights it has no measured sensitivity for', () => {
    expect(() => allocateSteps({ 'some/new/kernel': 10 }, 0.01)).toThrow(
      /no measured sensitivity for the weights some\/new\/kernel/,
    );
  });
});
