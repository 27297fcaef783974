import { batch, computed, signal } from '@preact/signals-core';
import { answerer } from '../engine/answer';
import { buildIndexSteps } from '../engine/knowledge-index';
import type { Answerer, KnowledgeBase, MatchResult, MatchStatus, SmallTalkKind } from '../engine/types';
import { bookingUrl } from './link';
import { inSlices } from './slices';
import { parseSnapshot, type Message, type Snapshot } from './messages';
import { defaultSmallTalk, resolveStrings, type Overrides } from './strings';

/** Where the knowledge base is in its life: not requested, on its way, usable, or failed. */
export type Lifecycle = 'idle' | 'loading' | 'ready' | 'error';

/** Longest visitor message we match; longer ones are clipped with a visible note. */
export const MAX_MESSAGE = 1000;

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

/** The chat model: signals for the UI to read, plain functions as actions. No DOM. */
export function createChatModel({ load, overrides = {}, delay = 350, onEvent, semantic }: ChatOptions) {
  const lifecycle = signal<Lifecycle>('idle');
  const kb = signal<KnowledgeBase | null>(null);
  const messages = signal<Message[]>([]);
  const isOpen = signal(false);
  const pending = signal(0);
  const strings = computed(() => resolveStrings(kb.value, overrides));
  let matcher: Answerer | undefined;
  let queue: [string, string?][] = [];
  let timers: ReturnType<typeof setTimeout>[] = [];
  /** Replies waiting for the semantic matcher, in order; `restarts` tells them the conversation they belong to is gone. */
  let line = Promise.resolve();
  let restarts = 0;

  const push = (m: Message) => (messages.value = [...messages.value, m]);
  const entry = (id?: string) => (id ? matcher?.entry(id) : undefined);
  const fail = () => (lifecycle.value = 'error');

  function reply(text: string, id?: string, better?: MatchResult) {
    const r: Omit<MatchResult, 'status'> & { status: MatchStatus | 'unavailable' } =
      lifecycle.value == 'error'
        ? { status: 'unavailable', score: 0, suggestions: [] }
        : entry(id)
          ? { status: 'answer', id, score: 1, suggestions: [] }
          : better && (!better.id || entry(better.id))
            ? better
            : matcher!.match(text);
    const st = r.smallTalk;
    const m: Message = st
      ? { kind: 'smalltalk', text: kb.value!.smallTalk?.[st] || defaultSmallTalk[st] }
      : r.status == 'answer' && r.id
        ? { kind: 'answer', id: r.id }
        : r.status == 'suggest' && r.suggestions.length
          ? { kind: 'suggest', ids: r.suggestions }
          : { kind: r.status == 'unavailable' ? 'unavailable' : 'fallback' };
    const k = m.kind;
    onEvent?.({ type: 'question', text, ...r });
    // What the visitor was shown, not what the matcher said: a suggestion without entries is a fallback.
    if (!st) onEvent?.({ type: k == 'answer' || k == 'suggest' ? k : 'unanswered', text, ...r });
    push(m);
  }

  function flush() {
    const q = queue;
    const era = restarts;
    queue = [];
    // One change for the UI (one render): the typing dots go as the reply comes.
    const answer = ([t, id]: [string, string?], better?: MatchResult) =>
      batch(() => {
        pending.value--;
        // A message the matcher chokes on gets the honest fallback instead of an error in the host page.
        try {
          reply(t, id, better);
        } catch {
          push({ kind: 'fallback' });
        }
      });
    if (!semantic) return batch(() => q.forEach((m) => answer(m)));
    line = line.then(async () => {
      for (const m of q) {
        // A chip names its entry, and without the knowledge there is nothing to match by meaning.
        const better = m[1] || lifecycle.value != 'ready' ? undefined : await semantic(m[0]).catch(() => undefined);
        if (era == restarts) answer(m, better);
      }
    });
  }

  function warm() {
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
      .catch(fail)
      .then(flush);
  }

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
    typing: computed(() => pending.value > 0),
    /** Starts loading the knowledge base (idempotent); called on hover, focus, open or idle. */
    warm,
    /** Asks a question as the visitor; `id` (from a chip) answers that entry directly. */
    ask(raw: string, id?: string) {
      const full = raw.trim();
      const text = full.slice(0, MAX_MESSAGE);
      // Only spaces, zero-width or control characters: nothing the visitor could see was sent.
      if (!/[^\p{C}\s]/u.test(text)) return;
      // The message and the typing dots appear together (one render).
      batch(() => {
        push(full.length > MAX_MESSAGE ? { kind: 'visitor', text, clipped: true } : { kind: 'visitor', text });
        pending.value++;
      });
      queue.push([text, id]);
      if (lifecycle.value == 'ready' || lifecycle.value == 'error') {
        if (delay) timers.push(setTimeout(flush, delay));
        else flush();
      } else warm();
    },
    entry,
    open: () => setOpen(true),
    close: () => setOpen(false),
    toggle: () => setOpen(!isOpen.value),
    /**
     * The booking link for an entry's answer, or for replies without an entry: the entry's own `cta`,
     * else the embed's cta-url/cta-label, else the knowledge file's `cta`; undefined when no URL is known.
     * `q` is the visitor's question, for the opt-in booking-form prefill.
     */
    cta(id?: string, q?: string) {
      const k = kb.value;
      const url = overrides.ctaUrl || k?.cta?.url;
      const c = entry(id)?.cta || (url ? { url, label: overrides.ctaLabel || k?.cta?.label || strings.value.cta } : undefined);
      return c && { label: c.label, url: bookingUrl(c.url, overrides.ctaUtm, overrides.ctaPrefill, q) };
    },
    /** Reports a booking-link click (the link itself opens the booking page). */
    booked: (id: string | undefined, text: string | undefined, url: string) => onEvent?.({ type: 'cta-click', id, text, url }),
    /** Clears the conversation (the panel stays open). */
    restart() {
      timers.forEach(clearTimeout);
      timers = [];
      queue = [];
      restarts++;
      batch(() => {
        pending.value = 0;
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
