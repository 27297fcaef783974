import { batch, computed, signal } from '@preact/signals';
import { createMatcher } from '../engine/match';
import type { KnowledgeBase, Matcher, MatchStatus } from '../engine/types';
import { resolveCta } from './cta';
import { parseSnapshot, type Message, type Snapshot } from './messages';
import { defaultSmallTalk, resolveStrings, type Overrides } from './strings';

/** Where the knowledge base is in its life: not requested, on its way, usable, or failed. */
export type Lifecycle = 'idle' | 'loading' | 'ready' | 'error';

/** Longest visitor message we match; longer ones are clipped with a visible note. */
export const MAX_MESSAGE = 1000;

/** What happened in the chat, for the embed to turn into DOM events. */
export type ChatEvent =
  | { type: 'open' | 'close' }
  | { type: 'question'; text: string; status: MatchStatus | 'unavailable'; id?: string; score: number };

/** How the embed wires a model to the outside world. */
export interface ChatOptions {
  /** Fetches and validates the knowledge base; called at most once. */
  load: () => Promise<KnowledgeBase>;
  /** Texts and CTA set on the script tag or element. */
  overrides?: Overrides;
  /** Typing-indicator pause before a reply, in ms (0: answer at once). */
  delay?: number;
  /** Notified of opens, closes and questions. */
  onEvent?: (e: ChatEvent) => void;
}

/** The chat model: signals for the UI to read, plain functions as actions. No DOM. */
export function createChatModel({ load, overrides = {}, delay = 350, onEvent }: ChatOptions) {
  const lifecycle = signal<Lifecycle>('idle');
  const kb = signal<KnowledgeBase | null>(null);
  const messages = signal<Message[]>([]);
  const isOpen = signal(false);
  const pending = signal(0);
  const strings = computed(() => resolveStrings(kb.value, overrides));
  let matcher: Matcher | null = null;
  let queue: [string, string?][] = [];
  let timers: ReturnType<typeof setTimeout>[] = [];

  const push = (m: Message) => (messages.value = [...messages.value, m]);
  const entry = (id: string) => matcher?.entry(id);

  function reply(text: string, id?: string) {
    if (lifecycle.value == 'error') {
      onEvent?.({ type: 'question', text, status: 'unavailable', score: 0 });
      return void push({ kind: 'unavailable' });
    }
    const r = id && entry(id) ? { status: 'answer' as const, id, score: 1, suggestions: [] } : matcher!.match(text);
    onEvent?.({ type: 'question', text, status: r.status, id: r.id, score: r.score });
    const k = kb.value!;
    if (r.smallTalk) push({ kind: 'smalltalk', text: k.smallTalk?.[r.smallTalk] || defaultSmallTalk[r.smallTalk] });
    else if (r.status == 'answer' && r.id) push({ kind: 'answer', id: r.id });
    else if (r.status == 'suggest' && r.suggestions.length) push({ kind: 'suggest', ids: r.suggestions });
    else push({ kind: 'fallback' });
  }

  function flush() {
    const q = queue;
    queue = [];
    pending.value -= q.length;
    batch(() => q.forEach(([t, id]) => reply(t, id)));
  }

  function warm() {
    if (lifecycle.value != 'idle') return;
    lifecycle.value = 'loading';
    load().then(
      (k) => {
        try {
          matcher = createMatcher(k);
          batch(() => {
            kb.value = k;
            lifecycle.value = 'ready';
          });
        } catch {
          lifecycle.value = 'error';
        }
        flush();
      },
      () => {
        lifecycle.value = 'error';
        flush();
      },
    );
  }

  /** Asks a question as the visitor; `id` (from a chip) answers that entry directly. */
  function ask(raw: string, id?: string) {
    let text = raw.trim();
    if (!text) return;
    const clipped = text.length > MAX_MESSAGE;
    if (clipped) text = text.slice(0, MAX_MESSAGE);
    push(clipped ? { kind: 'visitor', text, clipped } : { kind: 'visitor', text });
    queue.push([text, id]);
    pending.value++;
    if (lifecycle.value == 'idle' || lifecycle.value == 'loading') return warm();
    if (delay) timers.push(setTimeout(flush, delay));
    else flush();
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
    ask,
    entry,
    open: () => setOpen(true),
    close: () => setOpen(false),
    toggle: () => setOpen(!isOpen.value),
    /** The booking link for an entry's answer, or for replies without an entry. */
    cta: (id?: string) => resolveCta(id ? entry(id) : undefined, kb.value, overrides, strings.value.cta),
    /** Clears the conversation (the panel stays open). */
    restart() {
      timers.forEach(clearTimeout);
      timers = [];
      queue = [];
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
