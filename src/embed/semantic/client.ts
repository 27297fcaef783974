import type { MatchResult } from '../../engine/types';
import type { FromWorker, ToWorker } from './protocol';

/** How long a message waits for the encoder before the lexical answer is given instead. */
const WAIT_MS = 4000;
let noted = false;

/** The one console note per page saying why matching by meaning is off (then word matching answers, as before). */
const off = (why: string) =>
  noted ||
  ((noted = true), console.warn(`[faq-chat] Matching by meaning is off: ${why}. Answers come from word matching.`));

/**
 * Matching by meaning, in the worker of the encoder folder `home` (a URL ending in "/"). Nothing is fetched
 * until `start`; `match` resolves undefined until the worker is ready, after it failed, or after WAIT_MS.
 */
export function semanticClient(home: string, knowledge: string) {
  let worker: Worker | undefined;
  let state: 'idle' | 'loading' | 'ready' | 'off' = 'idle';
  let next = 0;
  const waiting = new Map<number, (r?: MatchResult) => void>();
  const stop = () => {
    state = 'off';
    worker?.terminate();
    waiting.forEach((done) => done());
  };
  const fail = (why: string) => state != 'off' && (stop(), off(why));

  return {
    /** Starts the worker (once): call it when the visitor shows intent, never on page load. */
    start() {
      if (state != 'idle') return;
      state = 'loading';
      const url = new URL('worker.js', home);
      if (url.origin != location.origin)
        return fail(
          `faq-chat.js comes from ${url.origin}, and a page can only start workers from its own origin; serve faq-chat.js and faq-chat-encoder/ from ${location.origin}`,
        );
      try {
        worker = new Worker(url);
      } catch (e) {
        return fail(`this browser cannot start ${url} (${e})`);
      }
      worker.onmessage = ({ data: m }: MessageEvent<FromWorker>) => {
        if (m.type == 'ready') state = 'ready';
        else if (m.type == 'failed') fail(m.reason);
        else if (m.type == 'match') waiting.get(m.id)?.(m.result);
      };
      worker.onerror = (e) => {
        e.preventDefault();
        fail(
          `${url} did not run (${e.message || 'missing, or not a script'}); upload the faq-chat-encoder folder next to faq-chat.js`,
        );
      };
      worker.postMessage({ type: 'init', knowledge } satisfies ToWorker);
    },
    /** The meaning-aware result for `text`, or undefined when the lexical one should stand. */
    match: (text: string) =>
      new Promise<MatchResult | undefined>((done) => {
        if (state != 'ready') return done(undefined);
        const id = next++;
        const end = (r?: MatchResult) => (waiting.delete(id), done(r));
        waiting.set(id, end);
        setTimeout(end, WAIT_MS);
        worker!.postMessage({ type: 'match', id, text } satisfies ToWorker);
      }),
    stop,
  };
}
