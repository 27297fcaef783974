import type { Slot } from './analyze';
import { features, MODEL, probability, type MessageStats } from './decide';
import { analyzeMessage, buildIndex, type KnowledgeIndex } from './knowledge-index';
import { words } from './normalize';
import { rank, type Ranked } from './score';
import { smallTalkKind } from './smalltalk';
import type { Candidate, Explanation, KnowledgeBase, Matcher, MatchResult } from './types';

/** Messages longer than this are cut before matching: nobody's question needs more, and it bounds the work. */
export const MAX_MESSAGE_CHARS = 2000;

/** Compile a knowledge base into a matcher. The knowledge base should have passed validateKnowledge. */
export function createMatcher(kb: KnowledgeBase): Matcher {
  const index = buildIndex(kb);
  const byId = new Map(kb.entries.map((e) => [e.id, e]));
  return {
    match: (text) => analyzeAndDecide(index, text).result,
    explain: (text) => explain(index, analyzeAndDecide(index, text)),
    entry: (id) => byId.get(id),
  };
}

const NONE: MatchResult = { status: 'none', score: 0, suggestions: [] };

/** What one message came to: its slots, the ranking and the decision. */
interface Run {
  slots: Slot[];
  ranked: Ranked[];
  stats: MessageStats;
  result: MatchResult;
}

function analyzeAndDecide(index: KnowledgeIndex, input: string): Run {
  const text = typeof input === 'string' ? input.slice(0, MAX_MESSAGE_CHARS) : '';
  const slots = analyzeMessage(index, text);
  const { ranked, known } = rank(index, slots);
  const stats: MessageStats = { slots: slots.length, known, idfMax: index.idfMax };
  const talk = smallTalkKind(words(text));
  const result: MatchResult = talk ? { ...NONE, smallTalk: talk } : decide(index, ranked, stats);
  return { slots, ranked, stats, result };
}

/** The evidence behind a decision; only `explain` pays for it, never a visitor's `match`. */
function explain(index: KnowledgeIndex, { slots, ranked, stats, result }: Run): Explanation {
  const terms = slots.map((s) => s.corrected ?? s.text);
  const unknown = slots.filter((s) => !s.stems.some((t) => index.postings.has(t)) && !s.concepts.some((t) => index.postings.has(t))).map((s) => s.text);
  const candidates = ranked.slice(0, 5).map((r, i) => toCandidate(index, r, slots, i ? ranked[0] : ranked[1], stats));
  return { result, terms, unknown, candidates };
}

function decide(index: KnowledgeIndex, ranked: Ranked[], stats: MessageStats): MatchResult {
  const [first, second] = ranked;
  if (!first) return NONE;
  const x = features(first, second, stats);
  const p = probability(MODEL.answer, x);
  const score = Math.round(p * 1000) / 1000;
  const id = (r: Ranked) => index.kb.entries[r.entry].id;
  if (p >= MODEL.answerAt) return { status: 'answer', id: id(first), score, suggestions: [] };
  if (probability(MODEL.suggest, x) >= MODEL.suggestAt) {
    const close = ranked.filter((r) => r.score >= first.score * MODEL.ratio).slice(0, 3);
    return { status: 'suggest', score, suggestions: close.map(id) };
  }
  return { ...NONE, score };
}

// Each candidate is judged against its strongest rival: the runner-up for the best entry, the best entry for the rest.
function toCandidate(index: KnowledgeIndex, r: Ranked, slots: Slot[], rival: Ranked | undefined, stats: MessageStats): Candidate {
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
