import { footerCta } from '../engine/reply';
import type { Cta, KnowledgeBase } from '../engine/types';
import { bookingUrl } from './link';
import type { Overrides } from './strings';

/**
 * The booking link for a reply: the entry's own `cta`, else the footer's (see footerCta); undefined when no URL is
 * known. `q` is the visitor's question, for the opt-in booking-form prefill.
 */
export function bookingFor(
  kb: KnowledgeBase | null,
  o: Overrides,
  defaultLabel: string,
  own?: Cta,
  q?: string,
): Cta | undefined {
  const c = own || footerCta(kb, o, defaultLabel);
  return c && { label: c.label, url: bookingUrl(c.url, o.ctaUtm, o.ctaPrefill, q) };
}
