/** The widget's built-in English texts: the widget shows them, and `faq-chat ask` prints what the widget would show. */
import { MAX_MESSAGE_CHARS } from './limits';
import type { SmallTalkKind } from './types';

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

/** The resolved UI texts. */
export type Strings = typeof defaultStrings;

/** English defaults for replies to small talk; a knowledge file's `smallTalk` overrides them. */
export const defaultSmallTalk: Record<SmallTalkKind, string> = {
  greeting: 'Hello! What would you like to know?',
  thanks: "You're welcome! Anything else I can help with?",
  bot: "I'm an assistant that answers from this site's FAQ. For anything else, please talk to our team.",
  bye: 'Goodbye, and thanks for stopping by!',
};
