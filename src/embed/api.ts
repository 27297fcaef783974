import { COMMAND_NAMES, commandMethods, isCommand, runCommand, type Command, type Controls } from './commands';
import type { FaqChatEvents } from './events';

export type { Command } from './commands';

/** A listener for `FaqChat.on`: it gets the same CustomEvent the element dispatches. */
export type Listener<K extends keyof FaqChatEvents = keyof FaqChatEvents> = (e: CustomEvent<FaqChatEvents[K]>) => void;

/** The public `window.FaqChat` object: the commands as methods (see Command), plus the queue and events. */
export interface FaqChatApi extends Controls {
  /** Runs queued-style commands, e.g. `FaqChat.push(['ask', 'Do you sign BAAs?'])`. */
  push(...commands: Command[]): void;
  /** Calls `fn` with each `faq-chat:<event>` CustomEvent (its `detail`: FaqChatEvents). */
  on<K extends keyof FaqChatEvents>(event: K, fn: Listener<K>): void;
  /** Stops calling a function passed to `on`. */
  off<K extends keyof FaqChatEvents>(event: K, fn: Listener<K>): void;
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
  if (!isCommand(c)) {
    console.warn(
      `[faq-chat] Unknown command ${JSON.stringify(c)}; use one of ${COMMAND_NAMES}, as in ['open'] or ['ask', text].`,
    );
    return;
  }
  const target = live[0];
  if (target) runCommand(target, c);
  else waiting.push(c);
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
  ...commandMethods(run),
  push: (...c) => c.forEach(run),
  // Events bubble to the window from any widget, so listening needs no widget (before load, use addEventListener).
  on: (event, fn) => addEventListener('faq-chat:' + event, fn as EventListener),
  off: (event, fn) => removeEventListener('faq-chat:' + event, fn as EventListener),
  get isOpen() {
    return !!live[0]?.isOpen;
  },
};
