import type { KnowledgeBase, MatchResult, MatchStatus } from '../engine/types';
import type { Message } from './messages';
import { defaultSmallTalk } from './strings';

/** A match result, or 'unavailable' when the knowledge base could not load. */
export type Reply = Omit<MatchResult, 'status'> & { status: MatchStatus | 'unavailable' };

/** The message a reply shows: small talk, an answer, "Did you mean…", or the fallback. */
export function replyMessage(r: Reply, kb: KnowledgeBase | null): Message {
  const st = r.smallTalk;
  if (st) return { kind: 'smalltalk', text: kb?.smallTalk?.[st] || defaultSmallTalk[st] };
  if (r.status == 'answer' && r.id) return { kind: 'answer', id: r.id };
  if (r.status == 'suggest' && r.suggestions.length) return { kind: 'suggest', ids: r.suggestions };
  return { kind: r.status == 'unavailable' ? 'unavailable' : 'fallback' };
}
