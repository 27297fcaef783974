/** Runs a stepwise job to its end in one go (the CLI, tests; the widget runs the steps in slices instead). */
export function finishSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
