import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types, shared with scripts/build-model.mjs
import { affineStep, embeddingsByFrequency, gptq } from './quantise.mjs';

/** A deterministic pseudo-random stream, so a failure can be reproduced. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}

/** Inputs whose features are correlated (a shared component), as a layer's activations are. */
function inputs(rows: number, dim: number, next: () => number): Float64Array[] {
  return Array.from({ length: rows }, () => {
    const shared = next() * 3;
    return Float64Array.from({ length: dim }, (_, i) => shared + next() * (1 + (i % 3)));
  });
}

function hessian(xs: Float64Array[], dim: number): Float64Array {
  const h = new Float64Array(dim * dim);
  for (const x of xs) for (let i = 0; i < dim; i++) for (let j = 0; j < dim; j++) h[i * dim + j] += x[i] * x[j];
  return h.map((v) => v / xs.length);
}

/** Sum of squared output differences x·(W − D) over the inputs. */
function outputError(xs: Float64Array[], w: Float32Array, d: Float32Array, dim: number): number {
  const out = w.length / dim;
  let sum = 0;
  for (const x of xs)
    for (let o = 0; o < out; o++) {
      let y = 0;
      for (let i = 0; i < dim; i++) y += x[i] * (w[i * out + o] - d[i * out + o]);
      sum += y * y;
    }
  return sum;
}

describe('gptq', () => {
  const dim = 48;
  const out = 24;
  const next = random(7);
  const xs = inputs(400, dim, next);
  const h = hessian(xs, dim);
  const w = Float32Array.from({ length: dim * out }, () => next());

  it('moves the outputs on correlated inputs much less than rounding to the same grid', () => {
    const q = gptq(w, h, dim, 0.5);
    const { min, scale } = q.quantization;
    const rounded = w.map((v) => Math.min(255, Math.max(0, Math.round((v - min) / scale))) * scale + min);
    expect(outputError(xs, w, q.decoded, dim)).toBeLessThan(0.7 * outputError(xs, w, rounded, dim));
  });

  it('writes TensorFlow.js affine uint8: every value is its code times the scale plus the minimum', () => {
    const q = gptq(w, h, dim, 0.5);
    const [codes] = q.bytes as Uint8Array[];
    expect(codes.length).toBe(w.length);
    for (let i = 0; i < codes.length; i++)
      expect(q.decoded[i]).toBeCloseTo(codes[i] * q.quantization.scale + q.quantization.min, 5);
    expect(q.quantization.dtype).toBe('uint8');
  });

  it('is plain rounding when the inputs are uncorrelated (nothing to compensate)', () => {
    const identity = new Float64Array(dim * dim).map((_, k) => (k % (dim + 1) === 0 ? 1 : 0));
    expect(Array.from(gptq(w, identity, dim, 0.5).bytes[0])).toEqual(Array.from(affineStep(w, 0.5).bytes[0]));
  });
});

describe('embeddingsByFrequency', () => {
  it('uses every k-th code around zero in a rare piece’s row, every code in a common one', () => {
    const next = random(3);
    const values = Float32Array.from({ length: 4 * 64 }, () => next());
    // Scores: common, common, e² rarer (k = e ≈ 3), far rarer (capped at 4).
    const q = embeddingsByFrequency(values, 64, [-5, -8.3, -10.3, -20], 0.25, -8.3, 4);
    const zero = Math.round(-q.quantization.min / q.quantization.scale);
    const row = (r: number) => Array.from(q.bytes[0] as Uint8Array).slice(r * 64, (r + 1) * 64);
    expect(row(2).every((c) => (c - zero) % 3 === 0)).toBe(true);
    expect(row(3).every((c) => (c - zero) % 4 === 0)).toBe(true);
    expect(row(1).some((c) => (c - zero) % 3 !== 0)).toBe(true);
  });
});
