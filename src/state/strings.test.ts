import { describe, expect, it } from 'vitest';
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
});
