import { describe, expect, it } from 'vitest';
import { bookingUrl } from './link';

describe('bookingUrl', () => {
  it('leaves the link alone without options', () => {
    expect(bookingUrl('https://calendly.com/acme/intro?month=2025-01', undefined, false, 'hi')).toBe(
      'https://calendly.com/acme/intro?month=2025-01',
    );
  });
  it("prefills Calendly's a1 and Cal.com's notes with the question, encoded", () => {
    expect(bookingUrl('https://calendly.com/acme/intro', '', true, 'Do you sign a BAA? & more')).toBe(
      'https://calendly.com/acme/intro?a1=Do+you+sign+a+BAA%3F+%26+more',
    );
    expect(bookingUrl('https://cal.com/acme/intro#top', '', true, 'שלום')).toBe(
      'https://cal.com/acme/intro?notes=%D7%A9%D7%9C%D7%95%D7%9D#top',
    );
    expect(bookingUrl('https://cal.com/acme/intro', '', true)).toBe('https://cal.com/acme/intro');
  });
  it('adds or replaces UTM parameters and keeps the others', () => {
    expect(bookingUrl('https://cal.com/acme?utm_source=site&x=1', 'utm_source=faq-chat&utm_medium=widget')).toBe(
      'https://cal.com/acme?utm_source=faq-chat&x=1&utm_medium=widget',
    );
  });
  it('returns a link that does not parse unchanged', () => {
    expect(bookingUrl('https://', 'utm_source=x', true, 'q')).toBe('https://');
  });
});
