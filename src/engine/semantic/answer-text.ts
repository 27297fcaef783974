/**
 * The text of an entry's answer that gets a sentence vector: the answer as plain words (link labels, no
 * addresses, no markup), cut at ANSWER_WORDS. An answer says what its entry is about in other words than the
 * question, so it is evidence for the entry (hybrid.ts), measured on the business sets' real answers.
 */
import { type Inline, parseMarkdown } from '../knowledge/markdown';

/** Words of an answer that are encoded: FAQ answers are shorter, and the encoder's cost grows with length. */
export const ANSWER_WORDS = 120;

const words = (nodes: Inline[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'br' ? ' ' : words(n.children))).join('');

/** The answer's plain words, at most ANSWER_WORDS of them. */
export function answerText(markdown: string): string {
  const blocks = parseMarkdown(markdown).map((b) =>
    b.type === 'p' ? words(b.children) : b.items.map(words).join('. '),
  );
  return blocks.join(' ').split(/\s+/).filter(Boolean).slice(0, ANSWER_WORDS).join(' ');
}
