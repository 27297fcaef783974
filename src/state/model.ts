import { batch, computed, type Signal, signal } from '@preact/signals-core';
import type { KnowledgeBase, MatchResult, MatchStatus, SmallTalkKind } from '../engine/types';
import { bookingFor } from './booking';
import { createConversation } from './conversation';
import { DEFAULTS } from './defaults';
import { createKnowledgeModel } from './knowledge-model';
import { parseSnapshot, type Snapshot } from './messages';
import { createReplying } from './replying';
import { resolveStrings, type Overrides } from './strings';

/** A reply's fields in a ChatEvent. */
type ReplyFields = {
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
};

/**
 * What happened in the chat, for the embed to turn into `faq-chat:<type>` DOM events. Each question gives
 * a `question` event, then `answer`, `suggest` or `unanswered` with the same fields (small talk gives none).
 */
export type ChatEvent =
  | { type: 'ready' | 'open' | 'close' }
  | ({ type: 'question' | 'answer' | 'suggest' | 'unanswered' } & ReplyFields)
  /** A booking link was clicked: the entry it belongs to (none for the fallback), the question it answered, where it goes. */
  | { type: 'cta-click'; id?: string; text?: string; url: string };

/** Matching by meaning (the sentence encoder's worker): started when the panel first opens. */
export interface Encoder {
  /** Starts loading the encoder (idempotent). */
  start(): void;
  /** The answer by meaning, asked before the word matcher's; undefined or a rejection leaves the word matcher's. */
  match(text: string): Promise<MatchResult | undefined>;
}

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
  /** Matching by meaning, if any. Replies still go out in the order asked. */
  encoder?: Encoder;
}

/**
 * Opens or closes the panel. Opening starts loading the knowledge base and the encoder: the encoder (megabytes) loads
 * only once the panel opens, so a visitor who never opens the chat never pays for it, and it starts in a task of its
 * own, so the panel's first frame does not wait for it.
 */
function openSetter(isOpen: Signal<boolean>, warm: () => void, encoder?: Encoder, onEvent?: (e: ChatEvent) => void) {
  return (open: boolean) => {
    if (open == isOpen.value) return;
    isOpen.value = open;
    if (open) warm();
    if (open && encoder) setTimeout(encoder.start);
    onEvent?.({ type: open ? 'open' : 'close' });
  };
}

/**
 * The chat model: signals for the UI to read, plain functions as actions. No DOM. It is put together from small
 * models: the knowledge base (knowledge-model.ts), the reply queue (reply-queue.ts), the conversation
 * (conversation.ts) and the booking link (booking.ts); this function adds the open panel and the events.
 */
export function createChatModel({
  load,
  overrides = {},
  delay = DEFAULTS.replyDelayMs,
  onEvent,
  encoder,
}: ChatOptions) {
  const conversation = createConversation();
  const { messages, push } = conversation;
  const isOpen = signal(false);
  const knowledge = createKnowledgeModel(load);
  const { lifecycle, kb, entry, warm } = knowledge;
  const strings = computed(() => resolveStrings(kb.value, overrides, lifecycle.value == 'error'));
  const replying = createReplying({ knowledge, push, delay, encoder, onEvent });
  const setOpen = openSetter(isOpen, warm, encoder, onEvent);
  return {
    lifecycle,
    kb,
    messages,
    isOpen,
    strings,
    /** True while replies are being "typed" or the knowledge base is loading for a question. */
    typing: computed(() => replying.pending.value > 0),
    /** Starts loading the knowledge base (idempotent); called on hover, focus, open or idle. */
    warm,
    /** Asks a question as the visitor; `id` (from a chip) answers that entry directly. */
    ask: replying.ask,
    entry,
    /**
     * The visitor turned down every "Did you mean…" choice offered for `text`: their "None of these" and the
     * fallback join the conversation (the booking button is in the panel's footer), and `unanswered` is fired.
     */
    noneOfThese: (text: string | undefined, ids: string[]) =>
      replying.noneOfThese(text, ids, strings.value.noneOfThese),
    lastQuestion: conversation.lastQuestion,
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
        replying.clear();
        messages.value = [];
      });
    },
    /** The state worth keeping across page loads. */
    snapshot: (): Snapshot => ({ open: isOpen.value, messages: messages.value }),
    /** Restores a snapshot read from storage (ignored when malformed). */
    restore(data: unknown) {
      const s = parseSnapshot(data);
      if (s) messages.value = s.messages;
      if (s?.open) setOpen(true);
    },
  };
}

/** A chat model instance. */
export type ChatModel = ReturnType<typeof createChatModel>;
