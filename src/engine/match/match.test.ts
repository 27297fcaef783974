import { describe, expect, it } from 'vitest';
import { createMatcher } from './match';
import type { KnowledgeBase } from '../types';

const kb: KnowledgeBase = {
  synonyms: [['baa', 'business associate agreement']],
  entries: [
    {
      id: 'training',
      question: 'Do AI providers train on my API data?',
      alternates: ['Is my data used for training?'],
      answer: 'By default, API inputs are not used to train models.',
    },
    {
      id: 'baa',
      question: 'Will you sign a BAA?',
      answer: 'Yes, we sign a business associate agreement for HIPAA work.',
    },
    {
      id: 'retention',
      question: 'How long do providers keep API data?',
      alternates: ['Data retention period'],
      answer: 'Usually up to 30 days for abuse monitoring.',
    },
    {
      id: 'pricing',
      question: 'How much does a private deployment cost?',
      alternates: ['Pricing'],
      answer: 'We quote fixed-fee phases after a free call.',
    },
    { id: 'call', question: 'How do I book the free strategy call?', answer: 'Pick a time on our booking page.' },
    { id: 'refund', question: 'Can I get a refund?', answer: 'Refunds are issued within 14 days.' },
  ],
};
const matcher = createMatcher(kb);

describe('createMatcher().match', () => {
  it('answers a question asked in the entry’s own words', () => {
    expect(matcher.match('Do AI providers train on my API data?')).toMatchObject({ status: 'answer', id: 'training' });
  });
  it('answers through typos and casual phrasing', () => {
    expect(matcher.match('do they trian on my api data??')).toMatchObject({ status: 'answer', id: 'training' });
    expect(matcher.match('how much does a privte deployment cost')).toMatchObject({ status: 'answer', id: 'pricing' });
  });
  it('uses the knowledge base’s own synonyms', () => {
    const r = matcher.explain('do you sign a business associate agreement');
    expect(r.candidates[0].id).toBe('baa');
  });
  it('uses the built-in lexicon (money back → refund)', () => {
    expect(matcher.explain('can i have my money back').candidates[0].id).toBe('refund');
  });
  it('declines gibberish, emoji and empty messages', () => {
    for (const text of ['asdfghjkl', '🙂🙂', '   ', '?', '']) {
      expect(matcher.match(text), text).toMatchObject({ status: 'none', suggestions: [] });
    }
  });
  it('declines off-topic questions', () => {
    expect(matcher.match('who won the football game last night').status).toBe('none');
  });
  it('marks small talk instead of answering it', () => {
    expect(matcher.match('thanks!')).toMatchObject({ status: 'none', smallTalk: 'thanks' });
    expect(matcher.match('hello')).toMatchObject({ status: 'none', smallTalk: 'greeting' });
    expect(matcher.match('are you a bot?')).toMatchObject({ status: 'none', smallTalk: 'bot' });
  });
  it('suggests rather than guesses when a short message fits several entries', () => {
    const r = matcher.match('api data');
    expect(r.status).not.toBe('answer');
    if (r.status === 'suggest') expect(r.suggestions).toEqual(expect.arrayContaining(['training', 'retention']));
  });
  it('returns a score in [0, 1] and only known ids', () => {
    const ids = new Set(kb.entries.map((e) => e.id));
    for (const text of ['train data', 'cost', 'book a call', 'refund please', 'keep data how long']) {
      const r = matcher.match(text);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      for (const id of [r.id, ...r.suggestions].filter(Boolean)) expect(ids.has(id as string)).toBe(true);
    }
  });
  it('never throws on strange input', () => {
    const strange: unknown[] = [
      'x'.repeat(10_000),
      '\u202eevil\u202c',
      '\u0000\u0001\u200b',
      'ﷺ'.repeat(500),
      null,
      undefined,
      42,
      {},
    ];
    for (const text of strange) expect(() => matcher.match(text as string)).not.toThrow();
  });
  it('explains which words matched which entry', () => {
    const ex = matcher.explain('how long do you keep my data');
    expect(ex.candidates[0].id).toBe('retention');
    expect(ex.candidates[0].matched.map((m) => m.word)).toEqual(expect.arrayContaining(['keep', 'data']));
    expect(matcher.explain('zebra data').unknown).toEqual(['zebra']);
  });
  it('explains which misspelt words it read as which', () => {
    expect(matcher.explain('do they trian on my api data??').corrections).toEqual([{ word: 'trian', as: 'train' }]);
    expect(matcher.explain('do they train on my api data').corrections).toEqual([]);
  });
  it('looks entries up by id', () => {
    expect(matcher.entry('baa')?.question).toBe('Will you sign a BAA?');
    expect(matcher.entry('nope')).toBeUndefined();
  });
});
