import { describe, expect, it } from 'vitest';
import { GREETING_WITHOUT_STARTERS } from '../engine/texts';
import { defaultStrings, resolveStrings } from './strings';

describe('resolveStrings', () => {
  it('uses English defaults without a knowledge base', () => {
    expect(resolveStrings(null, {})).toEqual(defaultStrings);
  });
  it('lets the knowledge file override texts and the embed override title and greeting', () => {
    const s = resolveStrings(
      {
        title: 'KB title',
        greeting: 'KB hi',
        fallback: 'KB fallback',
        strings: { send: 'Senden', unknownKey: 'x' },
        entries: [],
      },
      { title: 'Embed title' },
    );
    expect(s).toMatchObject({ title: 'Embed title', greeting: 'KB hi', fallback: 'KB fallback', send: 'Senden' });
    expect(s).not.toHaveProperty('unknownKey');
  });
  it('says "pick one below" only when there are starters below', () => {
    const entries = [{ id: 'a', question: 'A?', answer: 'A.' }];
    expect(resolveStrings({ entries, suggestions: ['a'] }).greeting).toBe(defaultStrings.greeting);
    expect(resolveStrings({ entries }).greeting).toBe(GREETING_WITHOUT_STARTERS);
    expect(resolveStrings({ entries, suggestions: [] }).greeting).toBe(GREETING_WITHOUT_STARTERS);
    // An owner's own greeting is theirs to word, starters or not.
    expect(resolveStrings({ entries, greeting: 'Welcome!' }).greeting).toBe('Welcome!');
    expect(resolveStrings({ entries }, { greeting: 'Hello there' }).greeting).toBe('Hello there');
  });
});
