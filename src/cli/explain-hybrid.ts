/** The hybrid ranking as a site owner reads it: each candidate's cosine (meaning) beside its share of the words. */
import type { HybridRanked } from '../engine/semantic/hybrid';
import type { KnowledgeBase } from '../engine/types';

/** How many hybrid candidates --explain shows. */
export const SHOWN = 5;

/** One candidate as --json --explain reports it. */
export interface HybridCandidate {
  id: string;
  /** The combined score (0 for the best entry; the others below it). */
  score: number;
  /** Best cosine between the message and the entry's question or alternates (1: same meaning). */
  cosine: number;
  /** Its lexical score relative to the best entry's (0: no shared word). */
  words: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The best candidates as plain data. */
export const hybridCandidates = (kb: KnowledgeBase, ranked: readonly HybridRanked[]): HybridCandidate[] =>
  ranked.slice(0, SHOWN).map((r) => ({
    id: kb.entries[r.entry].id,
    score: round(r.score),
    cosine: round(r.cosine),
    words: round(r.lexical),
  }));

/** Lines for the best candidates, e.g. `1. refund  cosine 0.82  words 1.00  "Can I get a refund?"`. */
export function hybridLines(kb: KnowledgeBase, ranked: readonly HybridRanked[], indent = ''): string[] {
  const lines = ranked.slice(0, SHOWN).map((r, i) => {
    const e = kb.entries[r.entry];
    return `${indent}${i + 1}. ${e.id}  cosine ${r.cosine.toFixed(2)}  words ${r.lexical.toFixed(2)}  "${e.question}"`;
  });
  return [
    `${indent}by meaning + words (cosine: similarity of meaning to the entry's question or an alternate, 1 = same):`,
    ...lines,
  ];
}
