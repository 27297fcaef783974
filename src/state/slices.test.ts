import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inSlices } from './slices';

// A clock that moves only when a step says so: the tests then count tasks exactly, however busy the machine is.
let clock = 0;
beforeEach(() => {
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
});
afterEach(() => vi.restoreAllMocks());

/** A job of `steps` steps that each take `ms` of the clock; its result is the number of steps run. */
function* busy(steps: number, ms: number): Generator<void, number> {
  for (let i = 0; i < steps; i++) {
    clock += ms;
    yield;
  }
  return steps;
}

describe('inSlices', () => {
  it('spreads a long job over several tasks and resolves with its result', async () => {
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    await expect(inSlices(busy(20, 2))).resolves.toBe(20);
    // 40 ms of work: the first task, then a new one after each step that passes a slice's 8 ms (every 5th step).
    expect(timeout).toHaveBeenCalledTimes(5);
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
