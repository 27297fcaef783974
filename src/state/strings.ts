import type { TextOverrides } from '../engine/texts';

export { defaultStrings, resolveStrings } from '../engine/texts';

/** Site-owner overrides from the script tag or element attributes (they beat the knowledge file). */
export interface Overrides extends TextOverrides {
  ctaUrl?: string;
  ctaLabel?: string;
  /** Prefill the booking form with the visitor's question (Calendly `a1`, else Cal.com's `notes`). */
  ctaPrefill?: boolean;
  /** Query parameters added to booking links, e.g. "utm_source=faq-chat&utm_medium=widget". */
  ctaUtm?: string;
}
