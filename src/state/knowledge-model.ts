import { batch, signal } from '@preact/signals-core';
import { buildIndexSteps } from '../engine/match/knowledge-index';
import { answerer } from '../engine/match/lexical-answerer';
import type { Answerer, Entry, KnowledgeBase, MatchResult } from '../engine/types';
import { inSlices } from './slices';

/** Where the knowledge base is in its life: not requested, on its way, usable, or failed. */
export type Lifecycle = 'idle' | 'loading' | 'ready' | 'error';

/** What the word matcher says before the knowledge base is ready: nothing matches. */
const NOTHING: MatchResult = { status: 'none', score: 0, suggestions: [] };

/**
 * The knowledge base: fetched once, on first need, and indexed in slices that never block the page.
 * `settled` resolves once it is ready or has failed, so questions asked meanwhile can be answered.
 */
export function createKnowledgeModel(load: () => Promise<KnowledgeBase>) {
  const lifecycle = signal<Lifecycle>('idle');
  const kb = signal<KnowledgeBase | null>(null);
  /** Set with `kb`, once the index is built. */
  let matcher: Answerer | undefined;
  let settle = () => {};
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });

  return {
    lifecycle,
    kb,
    settled,
    /** Starts loading (idempotent). */
    warm() {
      if (lifecycle.value != 'idle') return;
      lifecycle.value = 'loading';
      load()
        .then(async (k) => {
          matcher = answerer(await inSlices(buildIndexSteps(k)));
          batch(() => {
            kb.value = k;
            lifecycle.value = 'ready';
          });
        })
        .catch(() => {
          lifecycle.value = 'error';
        })
        .then(settle);
    },
    /** The entry with this id, once loaded. */
    entry: (id?: string): Entry | undefined => (id ? matcher?.entry(id) : undefined),
    /** The word matcher's decision; nothing matches until the knowledge base is ready. */
    match: (text: string): MatchResult => matcher?.match(text) ?? NOTHING,
  };
}
