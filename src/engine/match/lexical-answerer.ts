import type { Slot } from './analyze';
import { features, MODEL, probability, type MessageStats } from './lexical-decision';
import { analyzeMessage, buildIndex, type KnowledgeIndex } from './knowledge-index';
import { words } from './normalize';
import { rank, type Ranked } from './score';
import { smallTalkKind } from './smalltalk';
import { MAX_MESSAGE_CHARS } from '../limits';
import type { Answerer, KnowledgeBase, MatchResult } from '../types';

/** The longest message matched (engine/limits.ts): longer ones are cut, and the widget tells the visitor. */
export { MAX_MESSAGE_CHARS };

/**
 * Compile a knowledge base into what the widget needs: decisions and entries, without `explain`'s
 * evidence (createMatcher in match.ts adds it for the CLI and the library). The knowledge base should
 * have passed validateKnowledge or checkKnowledge.
 */
export const createAnswerer = (kb: KnowledgeBase) => answerer(buildIndex(kb));

/** The answerer over an index already built (the widget builds it in slices: buildIndexSteps). */
export function answerer(index: KnowledgeIndex): Answerer & { index: KnowledgeIndex } {
  const byId = new Map(index.kb.entries.map((e) => [e.id, e]));
  return {
    index,
    match: (text) => analyzeAndDecide(index, text).result,
    entry: (id) => byId.get(id),
  };
}

const NONE: MatchResult = { status: 'none', score: 0, suggestions: [] };

/** What one message came to: its slots, the ranking and the decision. */
export interface Run {
  slots: Slot[];
  ranked: Ranked[];
  stats: MessageStats;
  result: MatchResult;
}

/** Analyse, rank and decide one message. */
export function analyzeAndDecide(index: KnowledgeIndex, input: string): Run {
  const text = typeof input == 'string' ? input.slice(0, MAX_MESSAGE_CHARS) : '';
  // Split once: analysis and the small-talk check read the same words.
  const ws = words(text);
  const slots = analyzeMessage(index, ws);
  const { ranked, known } = rank(index, slots);
  const stats: MessageStats = { slots: slots.length, known, idfMax: index.idfMax };
  const talk = smallTalkKind(ws);
  const result: MatchResult = talk ? { ...NONE, smallTalk: talk } : decide(index, ranked, stats);
  return { slots, ranked, stats, result };
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
