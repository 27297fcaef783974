import { defaultStrings, type Strings } from '../engine/texts';
import type { KnowledgeBase } from '../engine/types';

export { defaultSmallTalk, defaultStrings, type Strings } from '../engine/texts';

/** Site-owner overrides from the script tag or element attributes (they beat the knowledge file). */
export interface Overrides {
  title?: string;
  greeting?: string;
  ctaUrl?: string;
  ctaLabel?: string;
  /** Prefill the booking form with the visitor's question (Calendly `a1`, else Cal.com's `notes`). */
  ctaPrefill?: boolean;
  /** Query parameters added to booking links, e.g. "utm_source=faq-chat&utm_medium=widget". */
  ctaUtm?: string;
}

/** Merges defaults, the knowledge file's texts and the embed's overrides, in that order of precedence. */
export function resolveStrings(kb: KnowledgeBase | null, o: Overrides): Strings {
  const s = { ...defaultStrings };
  const t = kb?.strings ?? {};
  for (const k in s) if (typeof t[k] == 'string') s[k as keyof Strings] = t[k];
  // The knowledge file's top-level texts; the embed overrides title and greeting (it has no fallback).
  for (const k of ['title', 'greeting'] as const) s[k] = o[k] || kb?.[k] || s[k];
  s.fallback = kb?.fallback || s.fallback;
  return s;
}
