import { STOP_WORDS } from './stopwords';
import type { SmallTalkKind } from './types';

// Words that make up small talk; a message made only of these (and filler) is small talk, not a question.
const KINDS: Record<SmallTalkKind, string> = {
  bot: 'bot robot human real person machine automated chatbot computer alive ai',
  thanks: 'thanks thank thx ty cheers appreciate appreciated helpful helped great awesome perfect cool nice brilliant excellent amazing wonderful lovely useful',
  bye: 'bye goodbye cya ya later night farewell care ciao',
  greeting: 'hi hello hey hiya howdy yo greetings morning afternoon evening sup hallo hola there',
};
// Besides stop words, these may surround small talk without making it a question.
const FILLER = new Set('see good lol haha talking speaking doing whats up going today thats nice day'.split(' '));
const isFiller = (w: string) => STOP_WORDS.has(w) || FILLER.has(w);

const LOOKUP = new Map<string, SmallTalkKind>();
for (const kind of Object.keys(KINDS) as SmallTalkKind[]) for (const w of KINDS[kind].split(' ')) LOOKUP.set(w, kind);

/** The kind of small talk a message is, or undefined when it says anything more. */
export function smallTalkKind(words: readonly string[]): SmallTalkKind | undefined {
  if (!words.length || words.length > 12) return undefined;
  let found: SmallTalkKind | undefined;
  for (const w of words) {
    const kind = LOOKUP.get(w);
    if (kind) {
      // Earlier kinds in KINDS win: "thanks, bye" is thanks; "hi, are you a bot" is bot.
      if (!found || Object.keys(KINDS).indexOf(kind) < Object.keys(KINDS).indexOf(found)) found = kind;
    } else if (!isFiller(w)) return undefined;
  }
  return found;
}
