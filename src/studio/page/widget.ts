/**
 * The real widget beside the editor: `<faq-chat>` from the built faq-chat.js, given the unsaved edits as a blob: URL
 * (the element's `knowledge` attribute takes any URL; changing it mounts the widget afresh on the new file).
 */
import { effect } from '@preact/signals-core';
import type { Store } from './store';

/** How long the edits must rest before the widget is given them (mounting it again restarts its conversation). */
const SETTLE_MS = 600;

/** Creates the widget in `host` and keeps it on the latest edits; returns a function that stops it. */
export function attachWidget(store: Store, host: HTMLElement, open: boolean): () => void {
  const el = document.createElement('faq-chat');
  el.setAttribute('launcher', open ? 'none' : 'show');
  if (open) el.setAttribute('open', 'true');
  let url = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const give = (text: string) => {
    const old = url;
    url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    el.setAttribute('knowledge', url);
    if (!el.isConnected) host.append(el);
    // The old widget's encoder may still be reading the old file.
    if (old) setTimeout(() => URL.revokeObjectURL(old), 60_000);
  };
  let first = true;
  // Subscribed to the document, not its text: writing out a large file on every key would slow typing down.
  const stop = effect(() => {
    void store.doc.value;
    clearTimeout(timer);
    if (first) give(store.text.peek());
    else timer = setTimeout(() => give(store.text.peek()), SETTLE_MS);
    first = false;
  });
  // faq-chat.js after the element: it then finds a widget to run, not an empty page to warn about.
  const script = document.createElement('script');
  script.src = 'widget/faq-chat.js';
  document.head.append(script);
  return () => {
    stop();
    clearTimeout(timer);
    el.remove();
  };
}
