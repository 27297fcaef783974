import type { Controls } from './mount';

/** A command for the `window.FaqChat` queue, usable before the script has loaded. */
export type Command = ['open'] | ['close'] | ['toggle'] | ['ask', string] | ['destroy'];

/** The public `window.FaqChat` object. */
export interface FaqChatApi {
  /** Runs queued-style commands, e.g. `FaqChat.push(['ask', 'Do you sign BAAs?'])`. */
  push(...commands: Command[]): void;
  open(): void;
  close(): void;
  toggle(): void;
  ask(text: string): void;
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
  const w = live[0];
  if (!w) return void waiting.push(c);
  switch (c?.[0]) {
    case 'open':
    case 'close':
    case 'toggle':
    case 'destroy':
      return w[c[0]]();
    case 'ask':
      return w.ask(c[1]);
    default:
      console.warn(`[faq-chat] Unknown command ${JSON.stringify(c)}; use ['open'], ['close'], ['toggle'], ['ask', text] or ['destroy'].`);
  }
}

/** Makes a widget the target of `window.FaqChat` (the first one wins) and runs commands waiting for one. */
export function register(w: Controls) {
  live.push(w);
  const q = waiting;
  waiting = [];
  q.forEach(run);
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
  get isOpen() {
    return !!live[0]?.isOpen;
  },
};
