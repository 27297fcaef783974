/**
 * A booking link with the site owner's opt-in extras: `utm` query parameters, and with `prefill` the
 * visitor's question `q` in the booking form (Calendly's `a1` field, else Cal.com's `notes`).
 * A URL that does not parse is returned unchanged.
 */
export function bookingUrl(href: string, utm = '', prefill?: boolean, q?: string): string {
  try {
    const u = new URL(href);
    const p = u.searchParams;
    new URLSearchParams(utm).forEach((v, k) => p.set(k, v));
    if (prefill && q) p.set(/calendly\.com$/.test(u.hostname) ? 'a1' : 'notes', q);
    return u.href;
  } catch {
    return href;
  }
}
