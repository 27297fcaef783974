/**
 * The sentence encoder's worker (dist/faq-chat-encoder/worker.js, built with `vite build --mode worker`).
 * It loads the model from its folder, takes the knowledge the widget loaded, then answers each `match` message with the
 * semantic answerer. Everything heavy (TensorFlow.js, the tokenizer, the semantic engine) lives here: off the
 * host page's main thread, and out of faq-chat.js.
 */
import { buildIndex } from '../../engine/match/knowledge-index';
import { semanticAnswerer } from '../../engine/semantic/hybrid-answerer';
import { readCalibration, readVectors } from '../../engine/semantic/stored';
import { calibrationSteps, type Calibration } from '../../engine/calibrate/calibration';
import { encodeOffTopic } from '../../engine/calibrate/corpus';
import { answerTexts, encodePhrasings, type EntryVectors } from '../../engine/semantic/vectors';
import { encodeInBatches } from '../../engine/semantic/encode-batches';
import type { KnowledgeBase, MatchResult } from '../../engine/types';
import type { SentenceEncoder } from '../../engine/semantic/encoder';
import { selectBackend } from '../../encoder/backend';
import { createUseLite } from '../../encoder/use-lite';
import { wasmAllowed } from './csp';
import { fetchModelFiles, policyOf } from './fetch-files';
import type { FromWorker, ToWorker } from './protocol';

type Match = (text: string) => Promise<MatchResult>;
type Init = Extract<ToWorker, { type: 'init' }>;

// The DOM typings describe a window; in a worker, the global scope posts to the page.
const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);
let ready: Promise<Match | undefined> | undefined;

/** Why loading failed, in words for the site owner's console. */
function reason(e: unknown): string {
  const text = String((e as Error)?.message ?? e);
  return e instanceof RangeError || /memory|allocat/i.test(text)
    ? `there is not enough memory for the model (${text})`
    : text;
}

/** Visitors' messages being matched now: calibration waits for them, so a visitor never waits for calibration. */
let matching = 0;
/** A macrotask's pause, repeated while a visitor's message is being matched: those always come first. */
const pause = async () => {
  do await new Promise<void>((done) => setTimeout(done, matching ? 20 : 0));
  while (matching);
};

/** This base's calibration, measured in slices against the corpus so visitors' messages are answered meanwhile. */
async function measureCalibration(entries: Float32Array[][], corpus: Float32Array[]): Promise<Calibration> {
  const steps = calibrationSteps(entries, corpus);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await pause();
  }
}

async function start({ knowledge: kb, home, policies }: Init): Promise<Match> {
  const t0 = performance.now();
  // This worker's policy is the one its own script was served with (started from blob:, the page's, which the page
  // read); reading it first means no violation is ever reported. The backend (compiling WebAssembly) starts as soon
  // as the policy is known, while the weights are still arriving.
  const [backend, files] = await Promise.all([
    Promise.resolve(policies ?? policyOf(location.href)).then((policy) => selectBackend(home, wasmAllowed(policy))),
    fetchModelFiles(home),
  ]);
  const encoder = await createUseLite(files);
  // `faq-chat build` may have stored the entries' vectors, answers' included; encoding them here takes seconds on the
  // JavaScript backend. A plain file's answers are encoded after 'ready': they are long, and meaning works without them.
  const stored = readVectors(kb, encoder.fingerprint);
  const vectors = stored ?? (await encodePhrasings(kb, encoder));
  const index = buildIndex(kb);
  let answerer = semanticAnswerer(index, vectors);
  post({ type: 'ready', backend, vectors: stored ? 'stored' : 'computed', ms: performance.now() - t0 });
  // On the plain-JavaScript backend (a policy without 'wasm-unsafe-eval') encoding the answers and the corpus would
  // take the visitor's CPU for many seconds: there, messages are decided by the global models alone.
  if (backend == 'wasm')
    void complete(kb, encoder, stored, vectors, (more, calibration) => {
      answerer = semanticAnswerer(index, more, calibration);
    }).catch(() => undefined);
  return async (text) => answerer.match(text, (await encoder.encode([text]))[0]);
}

/**
 * What meaning still lacks after 'ready', in slices, each used (`use`) as soon as it is known: a plain file's answers'
 * vectors, then the off-topic corpus's, then the calibration (measured, or the one `faq-chat build` stored). Until
 * then messages are decided by the global models alone (a few seconds).
 */
async function complete(
  kb: KnowledgeBase,
  encoder: SentenceEncoder,
  stored: EntryVectors | undefined,
  vectors: EntryVectors,
  use: (vectors: EntryVectors, calibration?: Calibration) => void,
): Promise<void> {
  const t1 = performance.now();
  const withAnswers = vectors.answers
    ? vectors
    : { ...vectors, answers: await encodeInBatches(encoder, answerTexts(kb), pause) };
  if (withAnswers !== vectors) {
    use(withAnswers);
    post({ type: 'answers', ms: performance.now() - t1 });
  }
  const t2 = performance.now();
  const corpus = await encodeOffTopic(encoder, pause);
  const kept = readCalibration(kb, stored, corpus);
  const calibration = kept ?? (await measureCalibration(vectors.entries, corpus));
  use(withAnswers, calibration);
  post({
    type: 'calibrated',
    scope: calibration.scope,
    source: kept ? 'stored' : 'computed',
    ms: performance.now() - t2,
  });
}

// biome-ignore lint/suspicious/noGlobalAssign: a worker's own message handler is its global onmessage
onmessage = async ({ data: m }: MessageEvent<ToWorker>) => {
  if (m.type == 'init') {
    ready ??= start(m).catch((e) => void post({ type: 'failed', reason: reason(e) }));
    return;
  }
  const t0 = performance.now();
  matching++;
  try {
    const match = await ready;
    post(
      match
        ? { type: 'match', id: m.id, result: await match(m.text), ms: performance.now() - t0 }
        : { type: 'match', id: m.id },
    );
  } catch {
    post({ type: 'match', id: m.id });
  } finally {
    matching--;
  }
};
