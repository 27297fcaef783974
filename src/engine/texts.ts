/** The widget's built-in English texts: the widget shows them, and `faq-chat ask` prints what the widget would show. */
import { MAX_MESSAGE_CHARS } from './limits';
import type { KnowledgeBase, SmallTalkKind } from './types';

/** English defaults for every text the widget shows; a knowledge file's `strings` overrides them. */
export const defaultStrings = {
  title: 'Questions? Ask us',
  greeting: 'Hi! Ask a question or pick one below.',
  placeholder: 'Type your question…',
  send: 'Send',
  open: 'Open chat',
  close: 'Close chat',
  restart: 'Start over',
  didYouMean: 'Did you mean…',
  noneOfThese: 'None of these',
  suggested: 'Popular questions',
  related: 'Related questions',
  fallback: "Sorry, I don't know that one. Our team can help.",
  unavailable: "Sorry, answers can't load right now. Please try again later.",
  clipped: `Your message was shortened to ${MAX_MESSAGE_CHARS} characters.`,
  cta: 'Book a call',
  typing: 'Typing…',
};

/** The default greeting when there are no starter questions to pick: it does not point at any. */
export const GREETING_WITHOUT_STARTERS = 'Hi! What would you like to know?';

/** The resolved UI texts. */
export type Strings = typeof defaultStrings;

/** English defaults for replies to small talk; a knowledge file's `smallTalk` overrides them. */
export const defaultSmallTalk: Record<SmallTalkKind, string> = {
  greeting: 'Hello! What would you like to know?',
  thanks: "You're welcome! Anything else I can help with?",
  bot: "I'm an assistant that answers from this site's FAQ. For anything else, please talk to our team.",
  bye: 'Goodbye, and thanks for stopping by!',
};

/** Texts the embed may set over the knowledge file's (the script tag's data-title and data-greeting). */
export interface TextOverrides {
  title?: string;
  greeting?: string;
}

/**
 * The texts the widget shows: defaults, then the knowledge file's, then the embed's overrides, in that order of
 * precedence. `faq-chat ask` prints replies with the same texts.
 */
export function resolveStrings(
  kb: KnowledgeBase | null,
  o: TextOverrides = {},
  /** The knowledge base failed to load: no starter questions will show below the greeting. */
  failed = false,
): Strings {
  const s = { ...defaultStrings };
  const t = kb?.strings ?? {};
  for (const k in s) if (typeof t[k] == 'string') s[k as keyof Strings] = t[k];
  // The knowledge file's top-level texts; the embed overrides title and greeting (it has no fallback).
  for (const k of ['title', 'greeting'] as const) s[k] = o[k] || kb?.[k] || s[k];
  s.fallback = kb?.fallback || s.fallback;
  // The default greeting says to pick a question below: without starters below it, one that does not.
  if ((failed || (kb && !kb.suggestions?.length)) && s.greeting == defaultStrings.greeting)
    s.greeting = GREETING_WITHOUT_STARTERS;
  return s;
}
