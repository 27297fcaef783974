import type { Slot } from './analyze';
import { analyzeAndDecide, answerer, type Run } from './lexical-answerer';
import { features, MODEL, probability, type MessageStats } from './lexical-decision';
import { buildIndex, type KnowledgeIndex } from './knowledge-index';
import type { Ranked } from './score';
import type { Candidate, Explanation, KnowledgeBase, Matcher } from '../types';

export { MAX_MESSAGE_CHARS } from './lexical-answerer';

/** Compile a knowledge base into a matcher that can also explain itself (the CLI's and the library's). */
export function createMatcher(kb: KnowledgeBase): Matcher {
  return matcherOf(buildIndex(kb));
}

/** The explaining matcher of an index already built (the CLI builds one per knowledge base and shares it). */
export function matcherOf(index: KnowledgeIndex): Matcher {
  const { match, entry } = answerer(index);
  return { match, entry, explain: (text) => explain(index, analyzeAndDecide(index, text)) };
}

/** The evidence behind a decision; only `explain` pays for it, never a visitor's `match`. */
function explain(index: KnowledgeIndex, { slots, ranked, stats, result }: Run): Explanation {
  const terms = slots.map((s) => s.corrected ?? s.text);
  const unknown = slots
    .filter((s) => !s.stems.some((t) => index.postings.has(t)) && !s.concepts.some((t) => index.postings.has(t)))
    .map((s) => s.text);
  const corrections = slots.flatMap((s) => (s.corrected ? [{ word: s.text, as: s.corrected }] : []));
  const candidates = ranked.slice(0, 5).map((r, i) => toCandidate(index, r, slots, i ? ranked[0] : ranked[1], stats));
  return { result, terms, unknown, corrections, candidates };
}

// Each candidate is judged against its strongest rival: the runner-up for the best entry, the best entry for the rest.
function toCandidate(
  index: KnowledgeIndex,
  r: Ranked,
  slots: Slot[],
  rival: Ranked | undefined,
  stats: MessageStats,
): Candidate {
  return {
    id: index.kb.entries[r.entry].id,
    score: Math.round(probability(MODEL.answer, features(r, rival, stats)) * 1000) / 1000,
    matched: r.hits.map((h) => ({
      word: slots[h.slot].text,
      term: h.term,
      field: h.field,
      via: slots[h.slot].corrected ? 'typo' : h.term[0] === '#' ? 'synonym' : 'exact',
    })),
  };
}
