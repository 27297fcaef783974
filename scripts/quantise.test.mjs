import { describe, expect, it } from 'vitest';
import { SENSITIVITY, affineMinMax, affineStep, allocateSteps, stats } from './quantise.mjs';

/** Deterministic, roughly normal values with one outlier. */
function sample(n) {
  const v = new Float32Array(n);
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < n; i++) v[i] = (rand() + rand() + rand() - 1.5) * 0.2;
  v[n - 1] = 10; // over 127 steps of 0.25 sd above zero: clipped
  return v;
}

describe('affineStep (TensorFlow.js affine uint8 with a step in standard deviations)', () => {
  const values = sample(5000);
  const { sd } = stats(values);
  const q = affineStep(values, 0.25);

  it('writes what TensorFlow.js decodes: code × scale + min, one byte per value', () => {
    const [codes] = q.bytes;
    expect(codes).toHaveLength(values.length);
    expect(q.quantization.dtype).toBe('uint8');
    expect(q.quantization.scale).toBeCloseTo(0.25 * sd, 10);
    codes.forEach((c, i) => expect(q.decoded[i]).toBeCloseTo(c * q.quantization.scale + q.quantization.min, 6));
  });

  it('is off by at most half a step, except beyond the 256 codes, which are clipped', () => {
    const half = q.quantization.scale / 2 + 1e-7;
    const top = 255 * q.quantization.scale + q.quantization.min;
    values.forEach((v, i) => expect(Math.abs(q.decoded[i] - Math.min(v, top))).toBeLessThanOrEqual(half));
    expect(q.decoded[values.length - 1]).toBeCloseTo(top, 6);
  });

  it('uses fewer distinct codes than min/max codes over the whole range', () => {
    const distinct = (codes) => new Set(codes).size;
    expect(distinct(q.bytes[0])).toBeLessThan(distinct(affineMinMax(values).bytes[0]));
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
