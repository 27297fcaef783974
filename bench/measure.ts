/** Timing and memory helpers for the matching benchmark. */

/** Latency figures of one run over a message set, in milliseconds. */
export interface Latency {
  count: number;
  median: number;
  p95: number;
  max: number;
  /** Messages slower than one 60 Hz frame (16 ms). */
  overFrame: number;
}

/** Milliseconds of one 60 Hz frame. */
export const FRAME_MS = 16;

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Summarise per-message times. */
export function summarize(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    count: times.length,
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1] ?? NaN,
    overFrame: times.filter((t) => t > FRAME_MS).length,
  };
}

/** Time `fn` on every message, one call each, after an untimed warm-up pass over `warmup`. */
export function timeMessages(fn: (text: string) => unknown, messages: string[], warmup: string[]): number[] {
  for (const m of warmup) fn(m);
  return messages.map((m) => {
    const t = performance.now();
    fn(m);
    return performance.now() - t;
  });
}

const gc = (globalThis as { gc?: () => void }).gc;

/** True when the process runs with --expose-gc, so heap deltas are measured after a full collection. */
export const canCollect = typeof gc === 'function';

function heapUsed(): number {
  if (gc) {
    gc();
    gc();
  }
  // Typed arrays keep their elements outside the JS heap: count them too.
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** Build `reps` times: the median build time (ms), and the heap kept by the last build (bytes). */
export function measureBuild<T>(build: () => T, reps: number): { ms: number; heap: number; built: T } {
  const times: number[] = [];
  let built: T | undefined;
  let heap = 0;
  for (let i = 0; i < reps; i++) {
    built = undefined;
    const before = heapUsed();
    const t = performance.now();
    built = build();
    times.push(performance.now() - t);
    heap = heapUsed() - before;
  }
  return { ms: summarize(times).median, heap, built: built as T };
}

/** Every k-th item so a sample keeps the mix of the whole list. */
export function evenSample<T>(xs: T[], n: number): T[] {
  if (xs.length <= n) return xs;
  return Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]);
}
