import { describe, expect, it } from 'vitest';
import { slug, uniqueIds } from './ids';

describe('ids from questions', () => {
  it('takes the first few topic words, lower case, without accents or punctuation', () => {
    expect(slug('Do you sign a BAA?')).toBe('sign-baa');
    expect(slug('How much does it cost?')).toBe('cost');
    expect(slug('Où est le café ?')).toBe('ou-est-le-cafe');
    expect(slug('What is the refund policy for annual enterprise plans?')).toBe('refund-policy-annual-enterprise');
    expect(slug('How?')).toBe('how');
    expect(slug('???')).toBe('question');
  });

  it("makes every id unique, keeps the file's own ids (spaces made dashes) and never gives their id to another", () => {
    expect(
      uniqueIds(['Pricing?', 'Pricing!', 'Pricing.', 'Other'], [undefined, undefined, undefined, 'pricing-2']),
    ).toEqual(['pricing', 'pricing-3', 'pricing-4', 'pricing-2']);
    expect(uniqueIds(['A question'], ['my id'])).toEqual(['my-id']);
  });
});
