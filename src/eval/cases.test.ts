import { describe, expect, it } from 'vitest';
import { parseCases } from './cases';
import type { KnowledgeBase } from '../engine/types';

const kb: KnowledgeBase = { entries: ['pricing', 'timeline'].map((id) => ({ id, question: 'q', answer: 'a' })) };

describe('parseCases', () => {
  it('accepts {"cases": [...]} and a bare array', () => {
    const cases = [
      { q: 'how much', expect: 'pricing' },
      { q: 'joke', expect: null },
    ];
    expect(parseCases({ $schema: 'x', cases }, kb)).toEqual({ cases });
    expect(parseCases(cases, kb)).toEqual({ cases });
  });

  it('reports every problem with its path', () => {
    const r = parseCases(
      {
        cases: [{ q: '', expect: 'pricing' }, { expect: 'pricng' }, { q: 'x', expect: 3, note: 1 }, 'x', { q: 'y' }],
        extra: 1,
      },
      kb,
    );
    expect('problems' in r && r.problems).toEqual([
      { path: 'extra', message: expect.stringMatching(/^unknown key "extra"/) },
      { path: 'cases[0].q', message: 'must be a non-empty string (got "")' },
      { path: 'cases[1].q', message: expect.stringMatching(/^is missing/) },
      { path: 'cases[1].expect', message: 'no entry has the id "pricng" — did you mean "pricing"?' },
      { path: 'cases[2].note', message: expect.stringMatching(/^unknown key "note"/) },
      { path: 'cases[2].expect', message: expect.stringMatching(/^must be an entry id, or null/) },
      { path: 'cases[3]', message: expect.stringMatching(/^must be an object/) },
      { path: 'cases[4].expect', message: expect.stringMatching(/^is missing/) },
    ]);
  });

  it('rejects files that hold no case list', () => {
    expect(parseCases(3, kb)).toEqual({ problems: [{ path: '', message: expect.stringContaining('array of cases') }] });
    expect(parseCases({}, kb)).toEqual({
      problems: [{ path: 'cases', message: expect.stringContaining('(got nothing)') }],
    });
  });
});
