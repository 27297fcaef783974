import { effect } from '@preact/signals-core';
import type { ChatModel } from '../state/model';
import { readSession, sessionKey, writeSession } from './storage';

/**
 * Keeps the conversation and the open panel across the pages of a visit (sessionStorage, per knowledge file):
 * restores what was saved (`saved`, when it was read ahead; else read here), or opens the panel when `open` is set
 * and nothing was saved. Returns the cleanup.
 */
export function persist(model: ChatModel, knowledge: string, open: boolean, saved?: unknown): () => void {
  const key = sessionKey(knowledge);
  const data = saved === undefined ? readSession(key) : saved;
  if (data) model.restore(data);
  else if (open) model.open();
  // The first run only subscribes: nothing is stored until the visitor does something.
  let first = true;
  return effect(() => {
    const snap = model.snapshot();
    if (!first) writeSession(key, snap);
    first = false;
  });
}
