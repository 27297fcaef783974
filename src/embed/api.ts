import type { FaqChatEvents } from './events';
import type { Controls } from './mount';

/** A listener for `FaqChat.on`: it gets the same CustomEvent the element dispatches. */
export type Listener<K extends keyof FaqChatEvents = keyof FaqChatEvents> = (e: CustomEvent<FaqChatEvents[K]>) => void;

/** A command for the `window.FaqChat` queue, usable before the script has loaded. */
export type Command = ['open'] | ['close'] | ['toggle'] | ['ask', string] | ['destroy'];

/** The command names that go to a widget; each is also a method of `window.FaqChat` and of the element. */
export const commands = ['open', 'close', 'toggle', 'ask', 'destroy'] as const;

/** The public `window.FaqChat` object. */
export interface FaqChatApi {
  /** Runs queued-style commands, e.g. `FaqChat.push(['ask', 'Do you sign BAAs?'])`. */
  push(...commands: Command[]): void;
  open(): void;
  close(): void;
  toggle(): void;
  /** Opens the panel and asks `text` as the visitor. */
  ask(text: string): void;
  /** Calls `fn` with each `faq-chat:<event>` CustomEvent (its `detail`: FaqChatEvents). */
  on<K extends keyof FaqChatEvents>(event: K, fn: Listener<K>): void;
  /** Stops calling a function passed to `on`. */
  off<K extends keyof FaqChatEvents>(event: K, fn: Listener<K>): void;
  /** Removes the widget from the page. */
  destroy(): void;
  readonly isOpen: boolean;
}

declare global {
  interface Window {
    FaqChat?: FaqChatApi | Command[];
  }
}

/** The widgets on the page, in the order they appeared; the first one receives the commands. */
const live: Controls[] = [];
/** Commands sent before any widget existed. */
const waiting: Command[] = [];

function run(c: Command) {
  if (!commands.includes(c?.[0])) {
    console.warn(
      `[faq-chat] Unknown command ${JSON.stringify(c)}; use one of ${commands}, as in ['open'] or ['ask', text].`,
    );
    return;
  }
  const target = live[0];
  if (!target) waiting.push(c);
  else if (c[0] == 'ask') target.ask(c[1]);
  else target[c[0]]();
}

/** Makes a widget the target of `window.FaqChat` (the first one wins) and runs commands waiting for one. */
export function register(w: Controls) {
  live.push(w);
  waiting.splice(0).forEach(run);
}

/** Forgets a widget that left the page. */
export function unregister(w: Controls) {
  const i = live.indexOf(w);
  if (i >= 0) live.splice(i, 1);
}

/** The `window.FaqChat` object; commands sent before any widget exists wait for one. */
export const api: FaqChatApi = {
  push: (...c) => c.forEach(run),
  open: () => run(['open']),
  close: () => run(['close']),
  toggle: () => run(['toggle']),
  ask: (text) => run(['ask', text]),
  destroy: () => run(['destroy']),
  // Events bubble to the window from any widget, so listening needs no widget (before load, use addEventListener).
  on: (event, fn) => addEventListener('faq-chat:' + event, fn as EventListener),
  off: (event, fn) => removeEventListener('faq-chat:' + event, fn as EventListener),
  get isOpen() {
    return !!live[0]?.isOpen;
  },
};
