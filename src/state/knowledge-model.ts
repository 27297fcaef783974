import { batch, signal } from '@preact/signals-core';
import { answerer } from '../engine/match/lexical-answerer';
import { buildIndexSteps } from '../engine/match/knowledge-index';
import type { Answerer, Entry, KnowledgeBase, MatchResult } from '../engine/types';
import { inSlices } from './slices';

/** Where the knowledge base is in its life: not requested, on its way, usable, or failed. */
export type Lifecycle = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The knowledge base: fetched once, on first need, and indexed in slices that never block the page.
 * `settled` runs once it is ready or has failed, so questions asked meanwhile can be answered.
 */
export function createKnowledgeModel(load: () => Promise<KnowledgeBase>, settled: () => void) {
  const lifecycle = signal<Lifecycle>('idle');
  const kb = signal<KnowledgeBase | null>(null);
  let matcher: Answerer | undefined;

  return {
    lifecycle,
    kb,
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
        .catch(() => (lifecycle.value = 'error'))
        .then(settled);
    },
    /** The entry with this id, once loaded. */
    entry: (id?: string): Entry | undefined => (id ? matcher?.entry(id) : undefined),
    /** The word matcher's decision (only once ready). */
    match: (text: string): MatchResult => matcher!.match(text),
  };
}
