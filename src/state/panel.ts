import { signal } from '@preact/signals-core';
import type { ChatEvent, Encoder } from './model';

/**
 * The panel, open or closed. Opening starts loading the knowledge base (`warm`) and the encoder: the encoder
 * (megabytes) loads only once the panel opens, so a visitor who never opens the chat never pays for it, and it starts
 * in a task of its own, so the panel's first frame does not wait for it.
 */
export function createPanel(warm: () => void, encoder?: Encoder, onEvent?: (e: ChatEvent) => void) {
  const isOpen = signal(false);
  function setOpen(open: boolean) {
    if (open == isOpen.value) return;
    isOpen.value = open;
    if (open) warm();
    if (open && encoder) setTimeout(encoder.start);
    onEvent?.({ type: open ? 'open' : 'close' });
  }
  return {
    isOpen,
    setOpen,
    open: () => setOpen(true),
    close: () => setOpen(false),
    toggle: () => setOpen(!isOpen.value),
  };
}
