import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import type { Matcher, MatchResult } from '../engine/types';

/** A matcher that replies from a table, so the arithmetic can be checked by hand. */
const fake = (table: Record<string, MatchResult>): Matcher => ({
  match: (q) => table[q] ?? { status: 'none', score: 0, suggestions: [] },
  explain: () => {
    throw new Error('not used');
  },
  entry: () => undefined,
});
const answer = (id: string): MatchResult => ({ status: 'answer', id, score: 0.9, suggestions: [] });
const suggest = (...suggestions: string[]): MatchResult => ({ status: 'suggest', score: 0.4, suggestions });

describe('evaluate', () => {
  const matcher = fake({
    right: answer('a'),
    wrongly: answer('b'),
    offered: suggest('x', 'a'),
    offeredOther: suggest('x'),
    joke: answer('a'),
    vague: suggest('a'),
  });
  const report = evaluate(matcher, [
    { q: 'right', expect: 'a' },
    { q: 'wrongly', expect: 'a' },
    { q: 'offered', expect: 'a' },
    { q: 'offeredOther', expect: 'a' },
    { q: 'silent', expect: 'a' },
    { q: 'hello', expect: null },
    { q: 'joke', expect: null },
    { q: 'vague', expect: null },
  ]);

  it('computes the four percentages over the right denominators', () => {
    expect(report.cases).toBe(8);
    expect(report.correct).toBe(20); // 1 of 5 in scope
    expect(report.helpful).toBe(40); // right + offered
    expect(report.wrong).toBe(25); // "wrongly" and the answered out-of-scope "joke", of all 8
    expect(report.declined).toBe(33.3); // "hello" of 3 out of scope
  });

  it('lists every case not answered correctly or not declined, with what happened', () => {
    expect(report.misses).toEqual([
      { q: 'wrongly', expect: 'a', status: 'answer', id: 'b', suggestions: [] },
      { q: 'offered', expect: 'a', status: 'suggest', suggestions: ['x', 'a'] },
      { q: 'offeredOther', expect: 'a', status: 'suggest', suggestions: ['x'] },
      { q: 'silent', expect: 'a', status: 'none', suggestions: [] },
      { q: 'joke', expect: null, status: 'answer', id: 'a', suggestions: [] },
      { q: 'vague', expect: null, status: 'suggest', suggestions: ['a'] },
    ]);
  });

  it('rounds to one decimal and reports 0 for a share of no cases', () => {
    const r = evaluate(fake({ a: answer('a') }), [
      { q: 'a', expect: 'a' },
      { q: 'b', expect: 'a' },
      { q: 'c', expect: 'a' },
    ]);
    expect(r).toEqual({ cases: 3, correct: 33.3, helpful: 33.3, wrong: 0, declined: 0, misses: expect.any(Array) });
    expect(evaluate(fake({}), [])).toEqual({ cases: 0, correct: 0, helpful: 0, wrong: 0, declined: 0, misses: [] });
    expect(evaluate(fake({}), [{ q: 'x', expect: null }]).declined).toBe(100);
  });
});
