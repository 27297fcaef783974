import { afterEach, describe, expect, it, vi } from 'vitest';
import { inSlices } from './slices';

/** A job of `steps` steps that each keep the thread busy for `ms`; its result is the number of steps run. */
function* busy(steps: number, ms: number): Generator<void, number> {
  for (let i = 0; i < steps; i++) {
    const end = performance.now() + ms;
    while (performance.now() < end);
    yield;
  }
  return steps;
}

afterEach(() => vi.restoreAllMocks());

describe('inSlices', () => {
  it('spreads a long job over several tasks and resolves with its result', async () => {
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    await expect(inSlices(busy(20, 2))).resolves.toBe(20);
    // 40 ms of work in slices of about 8 ms: the first task plus at least four more.
    expect(timeout.mock.calls.length).toBeGreaterThanOrEqual(5);
  });

  it('runs a short job in one task, not one per step', async () => {
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    await expect(inSlices(busy(50, 0))).resolves.toBe(50);
    expect(timeout).toHaveBeenCalledTimes(1);
  });

  it('rejects with the error a step throws', async () => {
    function* broken(): Generator<void, number> {
      yield;
      throw new TypeError('bad entry');
    }
    await expect(inSlices(broken())).rejects.toThrow('bad entry');
  });
});
