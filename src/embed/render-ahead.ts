import { signal, type ReadonlySignal } from '@preact/signals-core';
import type { Ahead } from '../ui/App';
import { whenIdle } from './idle';

/**
 * How much of the closed panel to render ahead, hidden: its frame in one idle period, then the conversation in the
 * next, so the click that opens it only shows it and focuses the text box. Rendering it in the click was a task over
 * 50 ms on a slow phone, and all of it in one idle callback came close to one (issue 15).
 */
export function renderAhead(): { ahead: ReadonlySignal<Ahead>; stop: () => void } {
  const ahead = signal<Ahead>(0);
  let cancel = () => {};
  const step = () => {
    cancel = whenIdle(() => {
      ahead.value = (ahead.value + 1) as Ahead;
      if (ahead.value < 2) step();
    });
  };
  step();
  return { ahead, stop: () => cancel() };
}
