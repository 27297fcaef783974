/** Starting the encoder at the visitor's first sign of intent, so its megabytes arrive while they move to click. */

/**
 * Calls `start` (which must do nothing after its first call, as the client's does) when the pointer (a finger's too)
 * enters, or focus lands on, `host` (the launcher while closed), and at once when that already happened: the intent
 * that loaded faq-chat-app.js came before this mount.
 */
export function startOnIntent(host: HTMLElement, start: () => void) {
  for (const type of ['pointerenter', 'focusin']) host.addEventListener(type, start);
  // In a task of its own: this runs inside mounting, which must stay short.
  if (host.matches(':hover,:focus-within')) setTimeout(start);
}
