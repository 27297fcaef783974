import { describe, expect, it } from 'vitest';
import { ANSWER_WORDS, answerText } from './answer-text';

describe('answerText', () => {
  it('keeps the words a visitor reads: link labels without addresses, list items, no markup', () => {
    const markdown = 'We **never** train on it.\n\n- See [our policy](https://example.com/p)\n- Ask *us*';
    expect(answerText(markdown)).toBe('We never train on it. See our policy. Ask us');
  });

  it('cuts a long answer at ANSWER_WORDS words', () => {
    const long = Array.from({ length: ANSWER_WORDS + 50 }, (_, i) => `w${i}`).join(' ');
    const words = answerText(long).split(' ');
    expect(words).toHaveLength(ANSWER_WORDS);
    expect(words.at(-1)).toBe(`w${ANSWER_WORDS - 1}`);
  });

  it('keeps a link-only answer as its label, and line breaks as spaces', () => {
    expect(answerText('[Book a call](https://example.com/book)')).toBe('Book a call');
    expect(answerText('Open\n  daily')).toBe('Open daily');
  });
});
