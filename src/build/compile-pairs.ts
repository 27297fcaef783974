/** Finds entries the matcher cannot tell apart: an entry's own phrasings that lead to another entry. */
import { contentWords } from './compile';
import { stem } from '../engine/match/stem';
import type { KnowledgeBase, Matcher } from '../engine/types';

/** Two entries whose phrasings the matcher confuses. */
export interface ClosePair {
  /** The entry whose question or alternate was asked. */
  id: string;
  /** The entry that ranked first instead, or too close behind. */
  other: string;
  /** The phrasings of `id` that were confused with `other`. */
  phrasings: string[];
  /** Content words both entries' questions and alternates share. */
  shared: string[];
}

/** A runner-up this close (in confidence) to the entry's own phrasing means visitors may get either. */
export const CLOSE_MARGIN = 0.1;

/** Every pair where asking an entry's own question or alternate ranks another entry first, or leaves it too close behind. */
export function closePairs(kb: KnowledgeBase, matcher: Matcher): ClosePair[] {
  const pairs = new Map<string, ClosePair>();
  const byId = new Map(kb.entries.map((e) => [e.id, e]));
  for (const e of kb.entries) {
    for (const phrasing of [e.question, ...(e.alternates ?? [])]) {
      const [first, second] = matcher.explain(phrasing).candidates;
      let other: string | undefined;
      if (first && first.id !== e.id) other = first.id;
      else if (first && second && first.score - second.score < CLOSE_MARGIN) other = second.id;
      if (other === undefined) continue;
      // One report per unordered pair: "a vs b" and "b vs a" are the same problem.
      const key = [e.id, other].sort().join('\n');
      const pair = pairs.get(key) ?? { id: e.id, other, phrasings: [], shared: shared(e, byId.get(other)) };
      pair.phrasings.push(phrasing);
      pairs.set(key, pair);
    }
  }
  return [...pairs.values()];
}

/** Content words of `a`'s question, alternates and keywords that `b`'s share (by stem). */
export function shared(a: KnowledgeBase['entries'][number], b: KnowledgeBase['entries'][number] | undefined): string[] {
  if (!b) return [];
  const theirs = new Set(contentWords(b).map(stem));
  return contentWords(a).filter((w) => theirs.has(stem(w)));
}
