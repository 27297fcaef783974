/** Every default the widget falls back on, in one place; frozen so no caller can change them for the others. */
export const DEFAULTS = Object.freeze({
  /** The knowledge file's URL when the site owner set none. */
  knowledge: '/faq.json',
  /** Typing-indicator pause before a reply, in ms (replies come at once for visitors who prefer reduced motion). */
  replyDelayMs: 350,
  /** How long a message waits for the sentence encoder before the word matcher's answer is given instead, in ms. */
  encoderWaitMs: 4000,
});
