/** What the widget shows a visitor for one match result, as terminal lines: the reply, its chips and the booking button. */
import { footerCta, replyShown, smallTalkText } from '../engine/reply';
import { resolveStrings } from '../engine/texts';
import type { Cta, KnowledgeBase, MatchResult } from '../engine/types';
import { plainText } from './plain-text';

/** An entry's own booking button, shown under its answer. */
const ownButton = (cta?: Cta): string[] => (cta ? ['', `[${cta.label}] → ${cta.url}`] : []);

/** The booking button in the panel's footer, shown with every reply: the file's `cta` (its label, else `defaultLabel`). */
function footer(kb: KnowledgeBase, defaultLabel: string): string[] {
  const cta = footerCta(kb, {}, defaultLabel);
  return cta
    ? ['', `Booking button (footer): [${cta.label}] → ${cta.url}`]
    : ['', '(no booking button: the file has no "cta"; the script tag\'s data-cta-url can add one)'];
}

/** Chips, each with its question and (id). */
function chips(kb: KnowledgeBase, label: string, ids: readonly string[] | undefined): string[] {
  if (!ids?.length) return [];
  const byId = new Map(kb.entries.map((e) => [e.id, e]));
  return ['', `${label}`, ...ids.map((id, i) => `  ${i + 1}. ${byId.get(id)?.question ?? id} (${id})`)];
}

/** The lines `faq-chat ask` prints: a header saying which kind of reply, then what the visitor sees. */
export function replyLines(kb: KnowledgeBase, r: MatchResult): string[] {
  // The widget's own texts for this knowledge file, so the terminal shows the visitor's words.
  const text = resolveStrings(kb);
  const shown = replyShown(r, kb);
  if (r.smallTalk) {
    return [
      `Small talk (${r.smallTalk}, ${kb.smallTalk?.[r.smallTalk] ? 'your "smallTalk" reply' : 'the built-in reply'}):`,
      '',
      smallTalkText(kb, r.smallTalk),
      ...footer(kb, text.cta),
    ];
  }
  const entry = shown.kind === 'answer' ? kb.entries.find((e) => e.id === shown.id) : undefined;
  if (entry) {
    return [
      `Answer: ${entry.id} (confidence ${r.score.toFixed(2)})`,
      `Q: ${entry.question}`,
      '',
      plainText(entry.answer),
      ...ownButton(entry.cta),
      ...chips(kb, text.related, entry.followUps),
      ...footer(kb, text.cta),
    ];
  }
  if (shown.kind === 'suggest')
    return [
      text.didYouMean,
      ...chips(kb, 'Choices:', r.suggestions).slice(2),
      `  ${r.suggestions.length + 1}. ${text.noneOfThese} (shows the fallback)`,
      ...footer(kb, text.cta),
    ];
  const own = kb.fallback || kb.strings?.fallback;
  return [
    `No confident match; the widget says (${own ? 'your "fallback"' : 'its built-in fallback; set "fallback" to write your own'}):`,
    '',
    plainText(text.fallback),
    ...footer(kb, text.cta),
  ];
}
