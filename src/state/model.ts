import { batch, computed, signal } from '@preact/signals-core';
import { MAX_MESSAGE_CHARS } from '../engine/limits';
import type { KnowledgeBase, MatchResult, MatchStatus, SmallTalkKind } from '../engine/types';
import { bookingFor } from './booking';
import { createKnowledgeModel } from './knowledge-model';
import { parseSnapshot, type Message, type Snapshot } from './messages';
import { createReplyQueue } from './reply-queue';
import { replyMessage, type Reply } from './reply-message';
import { resolveStrings, type Overrides } from './strings';

export type { Lifecycle } from './knowledge-model';

/**
 * What happened in the chat, for the embed to turn into `faq-chat:<type>` DOM events. Each question gives
 * a `question` event, then `answer`, `suggest` or `unanswered` with the same fields (small talk gives none).
 */
export type ChatEvent =
  | { type: 'ready' | 'open' | 'close' }
  | {
      type: 'question' | 'answer' | 'suggest' | 'unanswered';
      /** The visitor's text. */
      text: string;
      status: MatchStatus | 'unavailable';
      /** The answered entry (status 'answer'). */
      id?: string;
      score: number;
      /** The "Did you mean…" entry ids (status 'suggest'). */
      suggestions: string[];
      smallTalk?: SmallTalkKind;
      /** The visitor chose "None of these" from the "Did you mean…" choices (`suggestions`) for `text`. */
      noneOfThese?: true;
    }
  /** A booking link was clicked: the entry it belongs to (none for the fallback), the question it answered, where it goes. */
  | { type: 'cta-click'; id?: string; text?: string; url: string };

/** How the embed wires a model to the outside world. */
export interface ChatOptions {
  /** Fetches and validates the knowledge base; called at most once. */
  load: () => Promise<KnowledgeBase>;
  /** Texts and CTA set on the script tag or element. */
  overrides?: Overrides;
  /** Typing-indicator pause before a reply, in ms (0: answer at once). */
  delay?: number;
  /** Notified of everything in ChatEvent but `ready`. */
  onEvent?: (e: ChatEvent) => void;
  /**
   * A matcher that also understands meaning (the sentence encoder's worker), asked before the lexical one;
   * undefined or a rejection means the lexical answer stands. Replies still go out in the order asked.
   */
  semantic?: (text: string) => Promise<MatchResult | undefined>;
}

/**
 * The chat model: signals for the UI to read, plain functions as actions. No DOM. It is put together from small
 * models: the knowledge base (knowledge.ts), the reply queue (replies.ts), what each reply shows (reply.ts) and
 * the booking link (booking.ts); this file holds the conversation and the open panel, and reports events.
 */
export function createChatModel({ load, overrides = {}, delay = 350, onEvent, semantic }: ChatOptions) {
  const messages = signal<Message[]>([]);
  const isOpen = signal(false);
  const push = (m: Message) => (messages.value = [...messages.value, m]);
  const knowledge = createKnowledgeModel(load, () => replies.flush());
  const { lifecycle, kb, entry, warm } = knowledge;
  const strings = computed(() => resolveStrings(kb.value, overrides));

  /** How to reply, in order: knowledge that failed to load, a chip's entry, the answer by meaning, the word matcher. */
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
      const m = replyMessage(r, kb.value);
      const k = m.kind;
      onEvent?.({ type: 'question', text, ...r });
      // What the visitor was shown, not what the matcher said: a suggestion without entries is a fallback.
      if (!r.smallTalk) onEvent?.({ type: k == 'answer' || k == 'suggest' ? k : 'unanswered', text, ...r });
      push(m);
    } catch {
      push({ kind: 'fallback' });
    }
  }
  const replies = createReplyQueue({ delay, semantic, ready: () => lifecycle.value == 'ready', reply });

  function setOpen(open: boolean) {
    if (open == isOpen.value) return;
    isOpen.value = open;
    if (open) warm();
    onEvent?.({ type: open ? 'open' : 'close' });
  }

  return {
    lifecycle,
    kb,
    messages,
    isOpen,
    strings,
    /** True while replies are being "typed" or the knowledge base is loading for a question. */
    typing: computed(() => replies.pending.value > 0),
    /** Starts loading the knowledge base (idempotent); called on hover, focus, open or idle. */
    warm,
    /** Asks a question as the visitor; `id` (from a chip) answers that entry directly. */
    ask(raw: string, id?: string) {
      const full = raw.trim();
      const text = full.slice(0, MAX_MESSAGE_CHARS);
      // Only spaces, zero-width or control characters: nothing the visitor could see was sent.
      if (!/[^\p{C}\s]/u.test(text)) return;
      // The message and the typing dots appear together (one render).
      batch(() => {
        push(full.length > MAX_MESSAGE_CHARS ? { kind: 'visitor', text, clipped: true } : { kind: 'visitor', text });
        replies.add(text, id);
      });
      // Once loaded (or failed), a reply can go out; until then loading it is what the question waits for.
      if (lifecycle.value == 'ready' || lifecycle.value == 'error') replies.schedule();
      else warm();
    },
    entry,
    /**
     * The visitor turned down every "Did you mean…" choice offered for `text`: their "None of these" and the
     * fallback join the conversation (the booking button is in the panel's footer), and `unanswered` is fired.
     */
    noneOfThese(text: string | undefined, ids: string[]) {
      batch(() => {
        push({ kind: 'visitor', text: strings.value.noneOfThese, choice: true });
        push({ kind: 'fallback' });
      });
      onEvent?.({
        type: 'unanswered',
        text: text ?? '',
        status: 'none',
        score: 0,
        suggestions: ids,
        noneOfThese: true,
      });
    },
    /** The visitor's latest question, which booking links may carry as a prefill. */
    lastQuestion(): string | undefined {
      const msgs = messages.value;
      for (let i = msgs.length; i--; ) {
        const m = msgs[i];
        if (m.kind == 'visitor' && !m.choice) return m.text;
      }
      return undefined;
    },
    open: () => setOpen(true),
    close: () => setOpen(false),
    toggle: () => setOpen(!isOpen.value),
    /** The booking link for an entry's answer, or for replies without an entry (see bookingFor); `q` is the visitor's question. */
    cta: (id?: string, q?: string) => bookingFor(kb.value, overrides, strings.value.cta, entry(id)?.cta, q),
    /** Reports a booking-link click (the link itself opens the booking page). */
    booked: (id: string | undefined, text: string | undefined, url: string) =>
      onEvent?.({ type: 'cta-click', id, text, url }),
    /** Clears the conversation (the panel stays open). */
    restart() {
      batch(() => {
        replies.clear();
        messages.value = [];
      });
    },
    /** The state worth keeping across page loads. */
    snapshot: (): Snapshot => ({ open: isOpen.value, messages: messages.value }),
    /** Restores a snapshot read from storage (ignored when malformed). */
    restore(data: unknown) {
      const s = parseSnapshot(data);
      if (!s) return;
      messages.value = s.messages;
      if (s.open) setOpen(true);
    },
  };
}

/** A chat model instance. */
export type ChatModel = ReturnType<typeof createChatModel>;
