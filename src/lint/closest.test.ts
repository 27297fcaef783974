import { describe, expect, it } from 'vitest';
import { closest } from './closest';

describe('closest', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(closest('anwser', ['question', 'answer'])).toBe('answer');
  });

  it('ignores case and punctuation, and returns nothing when nothing is near', () => {
    expect(closest('follow_ups', ['id', 'followUps'])).toBe('followUps');
    expect(closest('colour', ['id', 'question', 'answer'])).toBeUndefined();
    expect(closest('', ['a'])).toBeUndefined();
  });

  it('stops when the shared budget is spent', () => {
    expect(closest('pricng', ['pricing'], { left: 0 })).toBeUndefined();
  });
});
