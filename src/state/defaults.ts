/**
 * Every default the widget falls back on, in one place. Read-only by type (`as const`): Object.freeze would stop the
 * minifier from inlining the values, 69 B gzip that every visitor pays.
 */
export const DEFAULTS = {
  /** The knowledge file's URL when the site owner set none. */
  knowledge: '/faq.json',
  /** Typing-indicator pause before a reply, in ms (replies come at once for visitors who prefer reduced motion). */
  replyDelayMs: 350,
  /** How long a message waits for the sentence encoder before the word matcher's answer is given instead, in ms. */
  encoderWaitMs: 4000,
} as const;
