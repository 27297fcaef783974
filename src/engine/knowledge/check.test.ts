import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKnowledge } from './check';
import { validateKnowledge } from '../../lint/validate';

const entry = (id: string, extra: object = {}) => ({
  id,
  question: `Question ${id}?`,
  answer: `Answer ${id}.`,
  ...extra,
});

describe('checkKnowledge', () => {
  it('keeps a valid file as it is', () => {
    const kb = JSON.parse(readFileSync('knowledge/faq.json', 'utf8'));
    const { knowledge, problems } = checkKnowledge(kb);
    expect(problems).toEqual([]);
    // The widget's guard and the author's linter agree on what a valid file contains.
    expect(knowledge?.entries).toEqual(validateKnowledge(kb).knowledge?.entries);
    expect(knowledge?.cta).toEqual(kb.cta);
    expect(knowledge?.suggestions).toEqual(kb.suggestions);
  });

  it('rejects what is not a knowledge file, saying where', () => {
    for (const json of [null, 42, 'x', [], {}, { entries: {} }]) {
      const r = checkKnowledge(json);
      expect(r.knowledge).toBeNull();
      expect(r.problems[0].path).toBe('entries');
    }
    expect(checkKnowledge({ entries: [] }).problems).toEqual([{ path: 'entries', message: 'must not be empty' }]);
  });

  it('drops broken entries with the path of the problem and keeps the rest', () => {
    const r = checkKnowledge({
      entries: [entry('a'), { id: 'b', question: 'Q?' }, 7, entry('a'), entry('c', { question: '  ' })],
    });
    expect(r.knowledge?.entries.map((e) => e.id)).toEqual(['a']);
    expect(r.problems.map((p) => p.path)).toEqual([
      'entries[1].answer',
      'entries[2]',
      'entries[3].id',
      'entries[4].question',
    ]);
    expect(r.problems[2].message).toContain('unique');
  });

  it('never lets an unsafe booking link through', () => {
    const r = checkKnowledge({
      cta: { label: 'Book', url: 'javascript:alert(1)' },
      entries: [
        entry('a', { cta: { label: 'x', url: 'data:text/html,hi' } }),
        entry('b', { cta: { label: 'ok', url: 'https://cal.com/x' } }),
      ],
    });
    expect(r.knowledge?.cta).toBeUndefined();
    expect(r.knowledge?.entries[0].cta).toBeUndefined();
    expect(r.knowledge?.entries[1].cta).toEqual({ label: 'ok', url: 'https://cal.com/x' });
    expect(r.problems.map((p) => p.path)).toEqual(['entries[0].cta', 'cta']);
  });

  it('removes references to entries that do not exist and non-string items', () => {
    const r = checkKnowledge({
      suggestions: ['a', 'gone', 3],
      synonyms: [['baa', 'business associate agreement'], ['lonely'], 'x'],
      strings: { send: 'Go', bad: 1, ['__proto__']: 'x' },
      entries: [entry('a', { followUps: ['b', 'nope'], alternates: ['alt', 5, ''] }), entry('b')],
    });
    expect(r.knowledge?.suggestions).toEqual(['a']);
    expect(r.knowledge?.entries[0]).toMatchObject({ followUps: ['b'], alternates: ['alt'] });
    expect(r.knowledge?.synonyms).toEqual([['baa', 'business associate agreement']]);
    expect(r.knowledge?.strings).toMatchObject({ send: 'Go' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('uses a booking link pasted with spaces around it, and refuses one that does not parse', () => {
    const r = checkKnowledge({
      cta: { label: 'Book', url: ' https://cal.com/x ' },
      entries: [
        entry('a', { cta: { label: 'x', url: 'https://[::1' } }),
        entry('b', { cta: { label: 'y', url: 'https://:80' } }),
      ],
    });
    expect(r.knowledge?.cta).toEqual({ label: 'Book', url: 'https://cal.com/x' });
    expect(r.knowledge?.entries.map((e) => e.cta)).toEqual([undefined, undefined]);
    expect(r.problems.map((p) => p.path)).toEqual(['entries[0].cta', 'entries[1].cta']);
  });

  it('offers each follow-up and suggestion once, and no follow-up back to its own entry', () => {
    const r = checkKnowledge({
      suggestions: ['a', 'a', 'b'],
      entries: [entry('a', { followUps: ['a', 'b', 'b'] }), entry('b')],
    });
    expect(r.knowledge?.entries[0].followUps).toEqual(['b']);
    expect(r.knowledge?.suggestions).toEqual(['a', 'b']);
  });

  it('keeps an entry whose id has a space, and the first usable entry of an id', () => {
    const r = checkKnowledge({ entries: [{ id: 'x y' }, entry('x y'), entry('x y')] });
    expect(r.knowledge?.entries).toEqual([entry('x y')]);
    expect(r.problems.map((p) => p.path)).toEqual(['entries[0].question', 'entries[2].id']);
  });

  it('reads only compiled blocks of format 1, without touching the file', () => {
    const compiled = { version: 1, generator: 'g', expansions: { a: ['x'] } };
    const json = { entries: [entry('a')], compiled };
    const r = checkKnowledge(json);
    expect(r.knowledge?.compiled).toEqual(compiled);
    expect(r.knowledge?.compiled).not.toBe(compiled);
    expect(checkKnowledge({ ...json, compiled: { ...compiled, version: 2 } }).knowledge?.compiled).toBeUndefined();
    expect(checkKnowledge({ ...json, compiled: { version: 1 } }).knowledge?.compiled?.expansions).toEqual({});
  });
});
