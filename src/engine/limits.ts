/**
 * Longest visitor message the widget, the CLI and the library match; longer ones are clipped (the widget says so).
 * A module of its own so that faq-chat.js, which only draws the launcher, can read it without the matcher.
 */
export const MAX_MESSAGE_CHARS = 1000;
