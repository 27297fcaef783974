/**
 * What calibrating a knowledge base costs (issue 19): encoding the off-topic corpus once, then comparing the
 * corpus and a sample of the base's phrasings with every phrasing, for bases of 30, 300 and 3,000 entries; the
 * longest slice between two pauses (the worker answers visitors between slices); and the bytes the compiled
 * file carries. Entry vectors are random unit vectors: the work is the same whatever they hold.
 * Run with `npm run build && npm run bench:calibration`.
 */
import { loadavg } from 'node:os';
import { calibrationSteps } from '../src/engine/calibrate/calibration';
import { encodeInBatches } from '../src/engine/semantic/encode-batches';
import { OFF_TOPIC } from '../src/engine/calibrate/offtopic';
import { loadNodeEncoder } from '../src/node-encoder/load';

/** A seeded generator, so every run compares the same vectors. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return (state / 2 ** 31) * 2 - 1;
  };
}

function unitVectors(count: number, dims: number, next: () => number): Float32Array[] {
  return Array.from({ length: count }, () => {
    const v = Float32Array.from({ length: dims }, next);
    const n = Math.hypot(...v);
    return v.map((x) => x / n);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const encoder = await loadNodeEncoder();
const dims = (await encoder.encode(['x']))[0].length;
const encodeRuns: number[] = [];
let corpus: Float32Array[] = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  // As encodeOffTopic does, without its memory of the last encoding.
  corpus = await encodeInBatches(encoder, OFF_TOPIC);
  encodeRuns.push(performance.now() - t);
}
console.log(
  `Off-topic corpus: ${OFF_TOPIC.length} messages, encoded in ${median(encodeRuns).toFixed(0)} ms (median of 3, ${encoder.backend}, Node)\n`,
);
console.log('| entries | phrasings | calibrate (ms, median of 5) | longest slice (ms) | slices |');
console.log('|---|---|---|---|---|');
for (const n of [30, 300, 3000]) {
  const next = random(n);
  // Like a site's FAQ: a question and, for half the entries, two alternates.
  const entries = Array.from({ length: n }, (_, i) => unitVectors(i % 2 ? 3 : 1, dims, next));
  const runs: number[] = [];
  let longest = 0;
  let slices = 0;
  for (let r = 0; r < 5; r++) {
    const steps = calibrationSteps(entries, corpus);
    const t0 = performance.now();
    slices = 0;
    for (let t = performance.now(); ; t = performance.now()) {
      const step = steps.next();
      longest = Math.max(longest, performance.now() - t);
      slices++;
      if (step.done) break;
    }
    runs.push(performance.now() - t0);
  }
  const phrasings = entries.reduce((s, l) => s + l.length, 0);
  console.log(`| ${n} | ${phrasings} | ${median(runs).toFixed(1)} | ${longest.toFixed(1)} | ${slices} |`);
}
console.log(
  `\nBytes in a compiled file: ${JSON.stringify({ calibration: { scope: 0.5087, scoreScope: 0.2942, version: 2 } }).length - 1} (two thresholds and a version beside the vectors).`,
);
console.log(
  `Load average: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} (a busy machine inflates every figure).`,
);
