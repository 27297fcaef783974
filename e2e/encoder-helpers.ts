import type { Page } from '@playwright/test';

/** How long the sentence encoder may take to load on a busy 2-core machine: timeouts that only catch hangs. */
export const LOAD_MS = 60_000;

type Recorded = { __encoder?: { backend: string }; __calibrated?: object };

/**
 * Records the encoder worker's `ready` message (backend, where the vectors came from) and its `calibrated` message
 * in the page, before any page script. Returns a function that waits for `ready` and gives it.
 */
export async function watchWorker(page: Page) {
  await page.addInitScript(() => {
    const Base = window.Worker;
    window.Worker = class extends Base {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        this.addEventListener('message', (e) => {
          const w = window as unknown as { __encoder: unknown; __calibrated: unknown };
          if (e.data?.type == 'ready') w.__encoder = e.data;
          if (e.data?.type == 'calibrated') w.__calibrated = e.data;
        });
      }
    };
  });
  return async () =>
    (
      await page.waitForFunction(() => (window as unknown as Recorded).__encoder, null, { timeout: LOAD_MS })
    ).jsonValue();
}

/** The worker's `calibrated` message (watchWorker must run first), without its timing. */
export async function calibrated(page: Page) {
  const handle = await page.waitForFunction(() => (window as unknown as Recorded).__calibrated, null, {
    timeout: LOAD_MS,
  });
  const { scope, source } = (await handle.jsonValue()) as { scope: number; source: string };
  return { scope, source };
}
