/** The messages between the widget (main thread) and the sentence encoder's worker. */
import type { MatchResult } from '../../engine/types';

/** Main thread → worker: start with this knowledge file, then match messages one at a time. */
export type ToWorker = { type: 'init'; knowledge: string } | { type: 'match'; id: number; text: string };

/** Worker → main thread. `ms` are the worker's own timings (for bench/page.ts). */
export type FromWorker =
  | { type: 'ready'; backend: 'wasm' | 'cpu'; vectors: 'stored' | 'computed'; ms: number }
  | { type: 'failed'; reason: string }
  /** The knowledge base's own scope threshold is known (stored by `faq-chat build`, or measured after 'ready'). */
  | { type: 'calibrated'; scope: number; source: 'stored' | 'computed'; ms: number }
  /** No `result` when this message could not be encoded: the lexical answer stands. */
  | { type: 'match'; id: number; result?: MatchResult; ms?: number };
