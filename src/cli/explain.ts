/** Formats a matcher's Explanation so a site owner sees which words matched which entry, and how. */
import { lexiconGroups } from '../engine/match/lexicon';
import { words } from '../engine/match/normalize';
import { stem } from '../engine/match/stem';
import type { Candidate, Entry, Explanation, KnowledgeBase, Matcher } from '../engine/types';

/** Turns one message into readable "why" lines; built once per knowledge base. */
export type Explainer = (text: string, indent?: string, outOfScope?: boolean) => string[];

const stems = (text: string): string => ` ${words(text).map(stem).join(' ')} `;

/** The members of a concept term's group ("#12": built-in lexicon group 12; "#s3": the file's synonyms[3]). */
export function conceptGroup(kb: KnowledgeBase, term: string): { members: string[]; own: boolean } | undefined {
  const site = /^#s(\d+)$/.exec(term);
  if (site) {
    const members = kb.synonyms?.[Number(site[1])];
    return members ? { members, own: true } : undefined;
  }
  const builtIn = /^#(\d+)$/.exec(term);
  const members = builtIn ? lexiconGroups()[Number(builtIn[1])] : undefined;
  return members ? { members, own: false } : undefined;
}

/** Everything an entry's words come from, as stems, for finding which group member it uses. */
function entryStems(kb: KnowledgeBase, e: Entry): string {
  const texts = [
    e.question,
    ...(e.alternates ?? []),
    ...(e.keywords ?? []),
    ...(kb.compiled?.expansions[e.id] ?? []),
    e.answer,
  ];
  return texts.map(stems).join(' ');
}

/** `"money back" ≈ refund (built-in synonyms)`: the entry's own word from the group the visitor's word belongs to. */
function synonymNote(kb: KnowledgeBase, entry: Entry | undefined, word: string, term: string): string {
  const group = conceptGroup(kb, term);
  if (!group) return '';
  const mine = stems(word);
  const text = entry ? entryStems(kb, entry) : '';
  const used = group.members.filter((m) => stems(m) !== mine && text.includes(stems(m)));
  const shown = used.length
    ? used.slice(0, 2).join(' / ')
    : group.members
        .filter((m) => stems(m) !== mine)
        .slice(0, 3)
        .join(', ');
  return ` ≈ ${shown} (${group.own ? 'your synonyms' : 'built-in synonyms'})`;
}

function matchLine(
  kb: KnowledgeBase,
  entry: Entry | undefined,
  m: Candidate['matched'][number],
  corrected: Map<string, string>,
): string {
  const fixed = corrected.get(m.word);
  const typo = fixed ? ` (typo: ${m.word} → ${fixed})` : '';
  const shownWord = fixed ?? m.word;
  const detail = m.term.startsWith('#')
    ? synonymNote(kb, entry, shownWord, m.term)
    : m.term === shownWord || m.term === stem(shownWord)
      ? ''
      : ` → "${m.term}"`;
  return `     "${m.word}"${detail} in ${m.field}${typo || (m.via === 'exact' ? '' : ` (${m.via})`)}`;
}

/**
 * Lines for one explanation. With `outOfScope` (nothing answered it) unknown words are only listed: adding them to
 * some entry would make it answer what it does not.
 */
export function formatExplanation(
  kb: KnowledgeBase,
  matcher: Matcher,
  e: Explanation,
  indent = '',
  outOfScope = false,
): string[] {
  // A visitor's misspelt word → the word it was read as.
  const corrected = new Map(e.corrections.map((c) => [c.word, c.as]));
  const lines = [`terms: ${e.terms.length ? e.terms.join(', ') : '(none after removing stop words)'}`];
  if (corrected.size)
    lines.push(`typos corrected: ${[...corrected].map(([from, to]) => `${from} → ${to}`).join(', ')}`);
  if (e.unknown.length) {
    const advice = outOfScope ? '' : ": add them to an entry's alternates or keywords, or a synonym group";
    lines.push(`unknown words: ${e.unknown.join(', ')} (no entry contains them${advice})`);
  }
  if (!e.candidates.length) lines.push('candidates: none');
  e.candidates.forEach((c, i) => {
    const entry = matcher.entry(c.id);
    lines.push(`${i + 1}. ${c.id} (${c.score.toFixed(2)})${entry ? ` "${entry.question}"` : ''}`);
    for (const m of c.matched) lines.push(matchLine(kb, entry, m, corrected));
  });
  return lines.map((l) => indent + l);
}

/** An explainer for one knowledge base: the matcher's evidence, typo corrections included. */
export function createExplainer(kb: KnowledgeBase, matcher: Matcher): Explainer {
  return (text, indent = '', outOfScope = false) =>
    formatExplanation(kb, matcher, matcher.explain(text), indent, outOfScope);
}
