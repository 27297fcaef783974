import type { KnowledgeBase, MatchResult } from '../../engine/types';
import { DEFAULTS } from '../../state/defaults';
import type { FromWorker, ToWorker } from './protocol';
import { startWorker, type Started } from './start-worker';

/** How long a message waits for the encoder before the lexical answer is given instead. */
const WAIT_MS = DEFAULTS.encoderWaitMs;
let noted = false;

/** The one console note per page saying why matching by meaning is off (then word matching answers, as before). */
function off(why: string) {
  if (noted) return;
  noted = true;
  console.warn(`[faq-chat] Matching by meaning is off: ${why}. Answers come from word matching.`);
}

/** Why worker.js did not run, for the note: from another origin, most likely the page's policy or a missing file. */
const didNotRun = (url: URL, message: string) =>
  `${url} did not run (${message || 'missing, or not a script'}); ` +
  (url.origin == location.origin
    ? 'upload the faq-chat-encoder folder next to faq-chat.js'
    : `check that ${url.origin} serves faq-chat-encoder/ beside faq-chat.js, and that the page's Content-Security-Policy allows blob: workers (worker-src) and scripts from ${url.origin}`);

/** Posts `text` to the worker; resolves with its result, or undefined after WAIT_MS (the lexical answer stands). */
function askWorker(
  worker: Worker,
  waiting: Map<number, (r?: MatchResult) => void>,
  id: number,
  text: string,
): Promise<MatchResult | undefined> {
  return new Promise((done) => {
    const end = (r?: MatchResult) => {
      waiting.delete(id);
      done(r);
    };
    waiting.set(id, end);
    setTimeout(end, WAIT_MS);
    worker.postMessage({ type: 'match', id, text } satisfies ToWorker);
  });
}

/**
 * Matching by meaning, in the worker of the encoder folder `home` (a URL ending in "/"), on any origin. Nothing is
 * fetched until `start`; `knowledge` gives the entries the widget loaded. `match` resolves undefined until the worker
 * is ready, after it failed, or after WAIT_MS.
 */
export function semanticClient(home: string, knowledge: () => Promise<KnowledgeBase>) {
  let run: Started | undefined;
  let state: 'idle' | 'loading' | 'ready' | 'off' = 'idle';
  let next = 0;
  const waiting = new Map<number, (r?: MatchResult) => void>();
  const stop = () => {
    state = 'off';
    run?.worker.terminate();
    waiting.forEach((done) => done());
  };
  const fail = (why: string) => {
    if (state == 'off') return;
    stop();
    off(why);
  };

  /** Sends the knowledge once the widget has it; without it (the widget said why) the worker is stopped quietly. */
  const init = ({ worker, policies }: Started) =>
    knowledge().then(
      (kb) =>
        state == 'loading' && worker.postMessage({ type: 'init', knowledge: kb, home, policies } satisfies ToWorker),
      stop,
    );

  /** Starts the worker and wires its messages; a reason to tell the site owner when it cannot start. */
  const launch = async (url: URL) => {
    run = await startWorker(url);
    const { worker, started } = run;
    // Stopped meanwhile (the widget was removed).
    if (state == 'off') return worker.terminate();
    worker.onmessage = ({ data: m }: MessageEvent<FromWorker>) => {
      started();
      if (m.type == 'ready') state = 'ready';
      else if (m.type == 'failed') fail(m.reason);
      else if (m.type == 'match') waiting.get(m.id)?.(m.result);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      started();
      fail(didNotRun(url, e.message));
    };
    await init(run);
  };

  return {
    /** Starts the worker (once): call it when the visitor shows intent, never on page load. */
    start() {
      if (state != 'idle') return;
      state = 'loading';
      launch(new URL('worker.js', home)).catch((e: Error) => fail(e.message));
    },
    /** The meaning-aware result for `text`, or undefined when the lexical one should stand. */
    match: (text: string): Promise<MatchResult | undefined> =>
      state == 'ready' && run ? askWorker(run.worker, waiting, next++, text) : Promise.resolve(undefined),
    stop,
  };
}
