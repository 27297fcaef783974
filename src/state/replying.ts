import { batch } from '@preact/signals-core';
import { replyShown, type Reply } from '../engine/reply';
import type { MatchResult } from '../engine/types';
import { visitorMessage } from './conversation';
import type { createKnowledgeModel } from './knowledge-model';
import type { Message } from './messages';
import type { ChatEvent, Encoder } from './model';
import { createReplyQueue } from './reply-queue';

/** What replying needs from the rest of the chat model. */
export interface ReplyingOptions {
  knowledge: ReturnType<typeof createKnowledgeModel>;
  /** Adds a message to the conversation. */
  push: (m: Message) => void;
  delay: number;
  encoder?: Encoder;
  onEvent?: (e: ChatEvent) => void;
}

/**
 * Questions and their replies: `ask` adds the visitor's message and queues it; each reply comes from, in order,
 * knowledge that failed to load, a chip's entry, the answer by meaning, or the word matcher.
 */
export function createReplying({ knowledge, push, delay, encoder, onEvent }: ReplyingOptions) {
  const { lifecycle, entry } = knowledge;
  function choose(text: string, id?: string, better?: MatchResult): Reply {
    if (lifecycle.value == 'error') return { status: 'unavailable', score: 0, suggestions: [] };
    if (entry(id)) return { status: 'answer', id, score: 1, suggestions: [] };
    // The answer by meaning, unless it names an entry this knowledge base does not have.
    if (better && (!better.id || entry(better.id))) return better;
    return knowledge.match(text);
  }
  function reply(text: string, id?: string, better?: MatchResult) {
    // A message the matcher chokes on gets the honest fallback instead of an error in the host page.
    try {
      const r = choose(text, id, better);
      const shown = replyShown(r, knowledge.kb.value);
      onEvent?.({ type: 'question', text, ...r });
      // What the visitor was shown, not what the matcher said: a suggestion without entries is a fallback.
      const k = shown.kind;
      if (!r.smallTalk) onEvent?.({ type: k == 'answer' || k == 'suggest' ? k : 'unanswered', text, ...r });
      push(shown);
    } catch {
      push({ kind: 'fallback' });
    }
  }
  const ready = () => lifecycle.value == 'ready';
  const replies = createReplyQueue({ delay, semantic: encoder?.match, ready, reply });
  // Questions asked while the knowledge base was loading are answered once it is ready (or has failed).
  void knowledge.settled.then(() => replies.flush());
  /** Asks a question as the visitor; `id` (from a chip) answers that entry directly. */
  function ask(raw: string, id?: string) {
    const m = visitorMessage(raw);
    if (!m) return;
    // The message and the typing dots appear together (one render).
    batch(() => {
      push(m);
      replies.add(m.text, id);
    });
    // Once loaded (or failed), a reply can go out; until then loading it is what the question waits for.
    if (lifecycle.value == 'ready' || lifecycle.value == 'error') replies.schedule();
    else knowledge.warm();
  }
  /** The visitor's "None of these" (`label`) for the choices `ids` offered for `text`, then the fallback. */
  function noneOfThese(text: string | undefined, ids: string[], label: string) {
    batch(() => {
      push({ kind: 'visitor', text: label, choice: true });
      push({ kind: 'fallback' });
    });
    const fields = { text: text ?? '', status: 'none', score: 0, suggestions: ids, noneOfThese: true } as const;
    onEvent?.({ type: 'unanswered', ...fields });
  }
  return { ask, noneOfThese, pending: replies.pending, clear: replies.clear };
}
