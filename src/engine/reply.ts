/**
 * What a reply shows and which booking button goes with it: the widget renders these, and `faq-chat ask` prints
 * them, so both come from here.
 */
import { defaultSmallTalk } from './texts';
import type { Cta, KnowledgeBase, MatchResult, MatchStatus } from './types';

/** A match result, or 'unavailable' when the knowledge base could not load. */
export type Reply = Omit<MatchResult, 'status'> & { status: MatchStatus | 'unavailable' };

/** What the visitor is shown for a reply. */
export type ReplyShown =
  | { kind: 'answer'; id: string }
  | { kind: 'suggest'; ids: string[] }
  | { kind: 'fallback' | 'unavailable' }
  | { kind: 'smalltalk'; text: string };

/** The reply to small talk: the knowledge file's own `smallTalk` text, else the built-in one. */
export const smallTalkText = (kb: KnowledgeBase | null, kind: keyof typeof defaultSmallTalk): string =>
  kb?.smallTalk?.[kind] || defaultSmallTalk[kind];

/** What a reply shows: small talk, an answer, "Did you mean…" (only with choices), or the fallback. */
export function replyShown(r: Reply, kb: KnowledgeBase | null): ReplyShown {
  const st = r.smallTalk;
  if (st) return { kind: 'smalltalk', text: smallTalkText(kb, st) };
  if (r.status == 'answer' && r.id) return { kind: 'answer', id: r.id };
  if (r.status == 'suggest' && r.suggestions.length) return { kind: 'suggest', ids: r.suggestions };
  return { kind: r.status == 'unavailable' ? 'unavailable' : 'fallback' };
}

/** The booking settings the embed may add over the knowledge file's (data-cta-url, data-cta-label). */
export interface CtaOverrides {
  ctaUrl?: string;
  ctaLabel?: string;
}

/**
 * The booking button for replies without an entry of their own (the panel's footer): the embed's cta-url and
 * cta-label, else the knowledge file's `cta`, labelled `defaultLabel` when no label is set; undefined without a URL.
 */
export function footerCta(kb: KnowledgeBase | null, o: CtaOverrides, defaultLabel: string): Cta | undefined {
  const url = o.ctaUrl || kb?.cta?.url;
  return url ? { url, label: o.ctaLabel || kb?.cta?.label || defaultLabel } : undefined;
}
