/** Starting the encoder at the visitor's first sign of intent, so its megabytes arrive while they move to click. */

/**
 * Calls `start` once: when the pointer enters, or focus or a touch lands on, `host` (the launcher while closed), or at
 * once when that already happened (the intent that loaded faq-chat-app.js came before this mount). Returns a cancel.
 */
export function startOnIntent(host: HTMLElement, start: () => void): () => void {
  const ac = new AbortController();
  const go = () => ac.signal.aborted || (ac.abort(), start());
  for (const type of ['pointerenter', 'focusin', 'touchstart'])
    host.addEventListener(type, go, { passive: true, signal: ac.signal });
  // In a task of its own: this runs inside mounting, which must stay short.
  if (host.matches(':hover,:focus-within')) setTimeout(go);
  return () => ac.abort();
}
