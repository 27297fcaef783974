import { describe, expect, it } from 'vitest';
import { words } from './normalize';
import { smallTalkKind } from './smalltalk';

const kind = (text: string) => smallTalkKind(words(text));

describe('smallTalkKind', () => {
  it('recognises greetings, thanks, goodbyes and bot questions', () => {
    expect(kind('hello!')).toBe('greeting');
    expect(kind("hey how's it going")).toBe('greeting');
    expect(kind('thank you, that helped')).toBe('thanks');
    expect(kind('thx')).toBe('thanks');
    expect(kind('ok bye')).toBe('bye');
    expect(kind('see ya')).toBe('bye');
    expect(kind('is this a bot?')).toBe('bot');
    expect(kind('am I talking to a real person')).toBe('bot');
  });
  it('is not small talk once the message asks something', () => {
    expect(kind('hi, do you sign a BAA?')).toBeUndefined();
    expect(kind('thanks, and how much does it cost')).toBeUndefined();
    expect(kind('')).toBeUndefined();
  });
});
