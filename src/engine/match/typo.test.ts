import { describe, expect, it } from 'vitest';
import { editDistance, TypoIndex } from './typo';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    expect(editDistance('ordr', 'order', 2)).toBe(1);
    expect(editDistance('emial', 'email', 2)).toBe(1);
    expect(editDistance('garantee', 'guarantee', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('anwser', 'answer', 2)).toBe(1);
  });
  it('stops early past the limit', () => {
    expect(editDistance('completely', 'different', 2)).toBe(3);
  });
});

describe('TypoIndex', () => {
  const index = new TypoIndex(['order', 'refund', 'shipping', 'guarantee', 'lost', 'coupon', 'cost']);
  const rank = () => 0;
  it('corrects common typos to known words', () => {
    expect(index.correct('ordr', rank)?.word).toBe('order');
    expect(index.correct('refnud', rank)?.word).toBe('refund');
    expect(index.correct('shiping', rank)?.word).toBe('shipping');
    expect(index.correct('garantee', rank)?.word).toBe('guarantee');
    expect(index.correct('cupon', rank)?.word).toBe('coupon');
  });
  it('does not turn one short real word into another', () => {
    expect(index.correct('last', rank)).toBeUndefined();
    expect(index.correct('post', rank)).toBeUndefined();
  });
  it('ignores short words and numbers', () => {
    expect(index.correct('ord', rank)).toBeUndefined();
    expect(index.correct('2025', rank)).toBeUndefined();
  });
});
