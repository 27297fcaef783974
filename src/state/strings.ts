import { MAX_MESSAGE_CHARS } from '../engine/match/answer';
import type { KnowledgeBase, SmallTalkKind } from '../engine/types';

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
  suggested: 'Popular questions',
  related: 'Related questions',
  fallback: "Sorry, I don't know that one. Our team can help.",
  unavailable: "Sorry, answers can't load right now. Please try again later.",
  clipped: `Your message was shortened to ${MAX_MESSAGE_CHARS} characters.`,
  cta: 'Book a call',
  typing: 'Typing…',
};

/** The resolved UI texts. */
export type Strings = typeof defaultStrings;

/** English defaults for replies to small talk; a knowledge file's `smallTalk` overrides them. */
export const defaultSmallTalk: Record<SmallTalkKind, string> = {
  greeting: 'Hello! What would you like to know?',
  thanks: "You're welcome! Anything else I can help with?",
  bot: "I'm an assistant that answers from this site's FAQ. For anything else, talk to a person:",
  bye: 'Goodbye, and thanks for stopping by!',
};

/** Site-owner overrides from the script tag or element attributes (they beat the knowledge file). */
export interface Overrides {
  title?: string;
  greeting?: string;
  ctaUrl?: string;
  ctaLabel?: string;
  /** Prefill the booking form with the visitor's question (Calendly `a1`, else Cal.com's `notes`). */
  ctaPrefill?: boolean;
  /** Query parameters added to booking links, e.g. "utm_source=faq-chat&utm_medium=widget". */
  ctaUtm?: string;
}

/** Merges defaults, the knowledge file's texts and the embed's overrides, in that order of precedence. */
export function resolveStrings(kb: KnowledgeBase | null, o: Overrides): Strings {
  const s = { ...defaultStrings };
  const t = kb?.strings ?? {};
  for (const k in s) if (typeof t[k] == 'string') s[k as keyof Strings] = t[k];
  // The knowledge file's top-level texts; the embed overrides title and greeting (it has no fallback).
  for (const k of ['title', 'greeting'] as const) s[k] = o[k] || kb?.[k] || s[k];
  s.fallback = kb?.fallback || s.fallback;
  return s;
}
