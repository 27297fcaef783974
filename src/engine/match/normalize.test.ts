import { describe, expect, it } from 'vitest';
import { normalize, words } from './normalize';
import { stem } from './stem';

describe('normalize', () => {
  it('lower-cases, strips accents and punctuation', () => {
    expect(normalize('Café — RÉSUMÉ, please!!')).toBe('cafe resume please');
  });
  it('expands contractions with curly or straight apostrophes', () => {
    expect(normalize("I can’t; it won't; they don't")).toBe('i can not it will not they do not');
    expect(normalize("we're here, you've got it")).toBe('we re here you ve got it');
  });
  it('drops possessive s but keeps the word', () => {
    expect(normalize("the provider's terms")).toBe('the provider terms');
  });
  it('keeps numbers, % and $', () => {
    expect(normalize('15% off $75 orders')).toBe('15% off $75 orders');
  });
  it('turns control and zero-width characters into nothing harmful', () => {
    expect(normalize('re\u200bfund\u0000 now')).toBe('refund now');
  });
});

describe('words', () => {
  it('expands chat shorthand', () => {
    expect(words('can u guys help ur customer pls')).toEqual([
      'can',
      'you',
      'guys',
      'help',
      'your',
      'customer',
      'please',
    ]);
    expect(words('cant find it')).toEqual(['can', 'not', 'find', 'it']);
  });
  it('returns nothing for emoji and punctuation only', () => {
    expect(words('🙂 ... ?!')).toEqual([]);
  });
});

describe('stem', () => {
  it('conflates inflections of the same word', () => {
    for (const group of [
      ['shipping', 'shipped', 'ships', 'ship'],
      ['returns', 'returned', 'returning'],
      ['refunds', 'refunded', 'refund'],
      ['cancellation', 'cancel'],
    ]) {
      expect(new Set(group.map(stem)).size, group.join(',')).toBe(1);
    }
  });
  it('follows Porter on the classic examples', () => {
    expect(stem('caresses')).toBe('caress');
    expect(stem('ponies')).toBe('poni');
    expect(stem('relational')).toBe('relat');
    expect(stem('hopping')).toBe('hop');
    expect(stem('generalization')).toBe('gener');
  });
  it('leaves short words, numbers and non-letters alone', () => {
    expect(stem('is')).toBe('is');
    expect(stem('2024')).toBe('2024');
    expect(stem('naïve')).toBe('naïve');
  });
});
