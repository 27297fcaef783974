import { describe, expect, it, vi } from 'vitest';
import type { KnowledgeBase } from '../engine/types';

// A matcher that throws stands in for any engine bug a strange message might hit.
vi.mock('../engine/match/lexical-answerer', async (original) => ({
  ...(await original<typeof import('../engine/match/lexical-answerer')>()),
  answerer: () => ({
    match: (text: string) => {
      if (text.includes('boom')) throw new TypeError('engine bug');
      return { status: 'none', score: 0, suggestions: [] };
    },
    entry: () => undefined,
  }),
}));

const { createChatModel } = await import('./model');
const { settle } = await import('../testing/settle');
const kb: KnowledgeBase = { entries: [{ id: 'a', question: 'Q?', answer: 'A.' }] };

describe('createChatModel under a failing matcher', () => {
  it('answers with the fallback and keeps replying to later messages', async () => {
    const model = createChatModel({ load: () => Promise.resolve(kb), delay: 0 });
    model.warm();
    await settle(model);
    expect(() => model.ask('boom')).not.toThrow();
    model.ask('hello there');
    expect(model.messages.value).toEqual([
      { kind: 'visitor', text: 'boom' },
      { kind: 'fallback' },
      { kind: 'visitor', text: 'hello there' },
      { kind: 'fallback' },
    ]);
    expect(model.typing.value).toBe(false);
  });

  it('does not lose questions queued behind a failing one while loading', async () => {
    const model = createChatModel({ load: () => Promise.resolve(kb), delay: 0 });
    model.ask('boom');
    model.ask('second');
    await settle(model);
    expect(model.messages.value.map((m) => m.kind)).toEqual(['visitor', 'visitor', 'fallback', 'fallback']);
  });

  it('ignores messages with nothing visible in them', () => {
    const model = createChatModel({ load: () => Promise.resolve(kb), delay: 0 });
    for (const t of [' \n\t', '\u00a0\u3000', '\u200b\u200c\u200d\u2060\ufeff', '\u0000\u0007\u001b', '\u202e\u2066'])
      model.ask(t);
    expect(model.messages.value).toEqual([]);
    model.ask('\u200b😀\u200b');
    expect(model.messages.value[0]).toEqual({ kind: 'visitor', text: '\u200b😀\u200b' });
  });
});
