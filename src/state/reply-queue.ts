import { batch, signal } from '@preact/signals-core';
import type { MatchResult } from '../engine/types';

/** What the reply queue needs from the chat. */
export interface ReplyOptions {
  /** Typing-indicator pause before replies, in ms (0: at once). */
  delay: number;
  /** The matcher by meaning, if any; undefined or a rejection leaves the word matcher's answer. */
  semantic?: (text: string) => Promise<MatchResult | undefined>;
  /** True when the knowledge base is ready, so a question can be matched by meaning. */
  ready: () => boolean;
  /** Replies to one question (`id`: a chip's entry; `better`: the answer by meaning). */
  reply: (text: string, id?: string, better?: MatchResult) => void;
}

/**
 * Questions waiting for their reply: for the knowledge base, the typing pause and the matcher by meaning.
 * Replies go out in the order asked; `clear` forgets the waiting ones, including any the matcher is still working on.
 */
export function createReplyQueue({ delay, semantic, ready, reply }: ReplyOptions) {
  const pending = signal(0);
  let queue: [string, string?][] = [];
  let timers: ReturnType<typeof setTimeout>[] = [];
  /** Replies waiting for the matcher by meaning, in order; `restarts` tells them the conversation they belong to is gone. */
  let line = Promise.resolve();
  let restarts = 0;

  function flush() {
    const q = queue;
    const era = restarts;
    queue = [];
    // One change for the UI (one render): the typing dots go as the reply comes.
    const answer = ([text, id]: [string, string?], better?: MatchResult) =>
      batch(() => {
        pending.value--;
        reply(text, id, better);
      });
    if (!semantic) return batch(() => q.forEach((m) => answer(m)));
    line = line.then(async () => {
      for (const m of q) {
        // A chip names its entry, and without the knowledge there is nothing to match by meaning.
        const better = m[1] || !ready() ? undefined : await semantic(m[0]).catch(() => undefined);
        if (era == restarts) answer(m, better);
      }
    });
  }

  return {
    /** How many questions are still waiting for their reply. */
    pending,
    /** Queues a question; it waits for flush or schedule. */
    add(text: string, id?: string) {
      queue.push([text, id]);
      pending.value++;
    },
    /** Replies to everything queued now. */
    flush,
    /** Replies to everything queued after the typing pause. */
    schedule() {
      if (delay) timers.push(setTimeout(flush, delay));
      else flush();
    },
    /** Forgets every waiting question. */
    clear() {
      timers.forEach(clearTimeout);
      timers = [];
      queue = [];
      restarts++;
      pending.value = 0;
    },
  };
}
