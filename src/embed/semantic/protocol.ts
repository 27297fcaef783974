/** The messages between the widget (main thread) and the sentence encoder's worker. */
import type { KnowledgeBase, MatchResult } from '../../engine/types';

/**
 * Main thread → worker: start with this knowledge (already loaded and checked by the widget), the encoder's folder
 * `home`, and, for a worker started from a blob: URL, the page's policies it runs under (a same-origin worker reads
 * its own script's); then match messages one at a time.
 */
export type ToWorker =
  | { type: 'init'; knowledge: KnowledgeBase; home: string; policies?: (string | null)[] }
  | { type: 'match'; id: number; text: string };

/** Worker → main thread. `ms` are the worker's own timings (for bench/page.ts). */
export type FromWorker =
  | { type: 'ready'; backend: 'wasm' | 'cpu'; vectors: 'stored' | 'computed'; ms: number }
  | { type: 'failed'; reason: string }
  /** A plain file's answers' vectors are encoded (after 'ready', on WebAssembly): the ranking now reads them. */
  | { type: 'answers'; ms: number }
  /** The knowledge base's own scope threshold is usable (after 'ready' and the off-topic corpus is encoded): stored by `faq-chat build`, or measured. */
  | { type: 'calibrated'; scope: number; source: 'stored' | 'computed'; ms: number }
  /** No `result` when this message could not be encoded: the lexical answer stands. */
  | { type: 'match'; id: number; result?: MatchResult; ms?: number };
