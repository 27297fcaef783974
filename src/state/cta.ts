import type { Cta, Entry, KnowledgeBase } from '../engine/types';
import type { Overrides } from './strings';

/**
 * The booking link for a reply: the entry's own `cta`, else the embed's
 * cta-url/cta-label, else the knowledge file's `cta`; undefined when no URL is known.
 */
export function resolveCta(entry: Entry | undefined, kb: KnowledgeBase | null, o: Overrides, label: string): Cta | undefined {
  if (entry?.cta) return entry.cta;
  const url = o.ctaUrl || kb?.cta?.url;
  return url ? { url, label: o.ctaLabel || kb?.cta?.label || label } : undefined;
}
