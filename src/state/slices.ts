/** How long one slice of background work may run: well under the 50 ms that makes a task "long". */
const SLICE_MS = 8;

/**
 * Runs a stepwise job (a generator) in slices of a few milliseconds, each in a task of its own, so that
 * indexing a big knowledge base never blocks the host page; resolves with the job's result.
 */
export const inSlices = <T>(steps: Generator<unknown, T>): Promise<T> =>
  new Promise((done, fail) => {
    const slice = () => {
      try {
        for (const end = performance.now() + SLICE_MS; ; ) {
          const r = steps.next();
          if (r.done) return done(r.value);
          if (performance.now() > end) return void setTimeout(slice);
        }
      } catch (e) {
        fail(e);
      }
    };
    // The first slice, too, waits for a task of its own: apart from fetching and checking the file.
    setTimeout(slice);
  });
