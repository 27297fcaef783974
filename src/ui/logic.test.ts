/** The UI's decisions that are not markup: which key sends, which way the text runs. */
import { describe, expect, it } from 'vitest';
import { sendsMessage } from './composer-keys';
import { textDirection } from './text-direction';

describe('sendsMessage', () => {
  const key = (key: string, shiftKey = false, isComposing = false) => ({ key, shiftKey, isComposing });
  it('sends on Enter only: not Shift+Enter (a new line), not while an input method composes, not other keys', () => {
    expect(sendsMessage(key('Enter'))).toBe(true);
    expect(sendsMessage(key('Enter', true))).toBe(false);
    expect(sendsMessage(key('Enter', false, true))).toBe(false);
    expect(sendsMessage(key('a'))).toBe(false);
  });
});

describe('textDirection', () => {
  it('runs right to left on a right-to-left page, whatever the knowledge base', () => {
    expect(textDirection(true, 'en')).toBe('rtl');
    expect(textDirection(true, undefined)).toBe('rtl');
  });
  it('runs right to left for Arabic, Hebrew, Persian and Urdu knowledge bases, with or without a region', () => {
    for (const locale of ['ar', 'he-IL', 'FA', 'ur-PK']) expect(textDirection(false, locale)).toBe('rtl');
  });
  it('runs left to right otherwise, also for tags that only start with the same letters', () => {
    for (const locale of [undefined, '', 'en', 'de-AT', 'arn', 'hei']) expect(textDirection(false, locale)).toBe('ltr');
  });
});
