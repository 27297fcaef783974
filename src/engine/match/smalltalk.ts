import { STOP_WORDS } from './stopwords';
import type { SmallTalkKind } from '../types';

// Words that make up small talk; a message made only of these (and filler) is small talk, not a question.
// Shorthand ("thx") arrives expanded by words().
const KINDS: Record<SmallTalkKind, string> = {
  bot: 'bot robot human real person machine automated chatbot computer alive ai',
  thanks:
    'thanks thank cheers appreciate appreciated helpful helped great awesome perfect cool nice brilliant excellent amazing wonderful lovely useful',
  bye: 'bye goodbye cya ya later night farewell care ciao',
  greeting: 'hi hello hey hiya howdy yo greetings morning afternoon evening sup hallo hola there',
};
// Besides stop words, these may surround small talk without making it a question.
const FILLER = new Set('see good lol haha talking speaking doing whats up going today thats nice day'.split(' '));
const NAMES = Object.keys(KINDS) as SmallTalkKind[];
/** Each small-talk word's kind, as its index in NAMES: earlier kinds win ("thanks, bye" is thanks; "hi, are you a bot" is bot). */
const LOOKUP = new Map<string, number>();
NAMES.forEach((kind, i) => KINDS[kind].split(' ').forEach((w) => LOOKUP.set(w, i)));

/** The kind of small talk a message is, or undefined when it says anything more. */
export function smallTalkKind(words: readonly string[]): SmallTalkKind | undefined {
  if (words.length > 12) return undefined;
  let found: number | undefined;
  for (const w of words) {
    const kind = LOOKUP.get(w);
    if (kind !== undefined) found = Math.min(found ?? kind, kind);
    else if (!STOP_WORDS.has(w) && !FILLER.has(w)) return undefined;
  }
  return found === undefined ? undefined : NAMES[found];
}
