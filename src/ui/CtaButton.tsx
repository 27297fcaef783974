import type { Cta } from '../engine/types';

/** The prominent booking link; opens the booking page in a new tab. */
export function CtaButton({ cta }: { cta?: Cta }) {
  return cta ? (
    <a part="cta" class="cta" href={cta.url} target="_blank" rel="noopener noreferrer">
      {cta.label}
    </a>
  ) : null;
}
