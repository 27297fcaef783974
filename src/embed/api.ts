import type { FaqChatEvents } from './events';
import type { Controls } from './mount';

/** A listener for `FaqChat.on`: it gets the same CustomEvent the element dispatches. */
export type Listener<K extends keyof FaqChatEvents = keyof FaqChatEvents> = (e: CustomEvent<FaqChatEvents[K]>) => void;

/** A command for the `window.FaqChat` queue, usable before the script has loaded. */
export type Command =
  | ['open']
  | ['close']
  | ['toggle']
  | ['ask', string]
  | ['destroy'];

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

const live: Controls[] = [];
let waiting: Command[] = [];

function run(c: Command) {
  if (!commands.includes(c?.[0]))
    console.warn(`[faq-chat] Unknown command ${JSON.stringify(c)}; use one of ${commands}, as in ['open'] or ['ask', text].`);
  else if (live[0]) live[0][c[0]](c[1]!);
  else waiting.push(c);
}

/** Makes a widget the target of `window.FaqChat` (the first one wins) and runs commands waiting for one. */
export function register(w: Controls) {
  live.push(w);
  waiting.splice(0).forEach(run);
}

/** Forgets a widget that left the page. */
export function unregister(w: Controls) {
  live.splice(live.indexOf(w) >>> 0, 1); // -1 >>> 0 is past the end: nothing is removed
}

/** The `window.FaqChat` object; commands sent before any widget exists wait for one. */
export const api = {
  push: (...c: Command[]) => c.forEach(run),
  get isOpen() {
    return !!live[0]?.isOpen;
  },
} as FaqChatApi;
for (const k of commands) api[k] = (text?: string) => run([k, text] as Command);
// Events bubble to the window from any widget, so listening needs no widget (before load, use addEventListener).
api.on = (event, fn) => addEventListener('faq-chat:' + event, fn as EventListener);
api.off = (event, fn) => removeEventListener('faq-chat:' + event, fn as EventListener);
