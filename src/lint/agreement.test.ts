/**
 * The widget's check (what it uses) and the linter (what `faq-chat validate` tells the site owner) must tell the
 * same story: an entry, booking link or reference the widget drops has an error at its path, and one the widget
 * uses has none. Checked on every knowledge file in the repository and on random breakages of them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkKnowledge } from '../engine/knowledge/check';
import type { ValidationProblem } from '../engine/types';
import { validateKnowledge } from './validate';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What the widget would use, according to the linter's errors alone. */
function linterSays(json: unknown, problems: ValidationProblem[]) {
  const errors = new Set(problems.filter((p) => p.severity !== 'warning').map((p) => p.path));
  if (!isObj(json) || !Array.isArray(json.entries)) return null;
  const raw = json.entries as unknown[];
  const kept = raw.flatMap((e, i) => {
    const path = `entries[${i}]`;
    return [path, `${path}.id`, `${path}.question`, `${path}.answer`].some((p) => errors.has(p))
      ? []
      : [{ e: e as Obj, i }];
  });
  if (!kept.length) return null;
  const ids = kept.map(({ e }) => e.id as string);
  const used = new Set(ids);
  const ctaKept = (v: unknown, path: string) =>
    v !== undefined && ![path, `${path}.label`, `${path}.url`].some((p) => errors.has(p));
  const refs = (v: unknown, path: string) =>
    Array.isArray(v) && !errors.has(path)
      ? [...new Set(v.filter((id, j) => !errors.has(`${path}[${j}]`) && used.has(id as string)) as string[])]
      : undefined;
  return {
    ids,
    ctas: kept.map(({ e, i }) => ctaKept(e.cta, `entries[${i}].cta`)),
    cta: ctaKept(json.cta, 'cta'),
    followUps: kept.map(({ e, i }) => refs(e.followUps, `entries[${i}].followUps`) ?? []),
    suggestions: refs(json.suggestions, 'suggestions') ?? [],
  };
}

/** What the widget's check actually keeps, in the same shape. */
function checkSays(json: unknown) {
  const kb = checkKnowledge(json).knowledge;
  if (!kb) return null;
  return {
    ids: kb.entries.map((e) => e.id),
    ctas: kb.entries.map((e) => e.cta !== undefined),
    cta: kb.cta !== undefined,
    followUps: kb.entries.map((e) => e.followUps ?? []),
    suggestions: kb.suggestions ?? [],
  };
}

const agree = (json: unknown) => {
  const lint = validateKnowledge(json);
  expect(lint.knowledge).toEqual(checkKnowledge(json).knowledge);
  expect(linterSays(json, lint.problems)).toEqual(checkSays(json));
};

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const jsonIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => `${dir}/${f}`)
    : [];
const FIXTURES = [
  'knowledge/faq.json',
  ...jsonIn('eval'),
  ...jsonIn('e2e/fixtures'),
  ...jsonIn('../shared/eval'),
].filter((f) => !f.includes('.cases.') && !f.includes('.cats.'));

describe('the widget check and the linter agree', () => {
  it.each(FIXTURES)('on %s', (file) => agree(read(file)));

  it('on the disagreements they used to have', () => {
    const entry = (id: string, extra: Obj = {}) => ({ id, question: `Q ${id}?`, answer: `A ${id}.`, ...extra });
    const cases: [unknown, (kb: ReturnType<typeof checkKnowledge>['knowledge']) => void][] = [
      // An id with a space is used (the linter warns).
      [
        { entries: [entry('zebra sleep'), entry('b')] },
        (kb) => expect(kb?.entries.map((e) => e.id)).toEqual(['zebra sleep', 'b']),
      ],
      // A follow-up to its own entry is no follow-up.
      [
        { entries: [entry('a', { followUps: ['a', 'b', 'b'] }), entry('b')] },
        (kb) => expect(kb?.entries[0].followUps).toEqual(['b']),
      ],
      // A booking link pasted with spaces around it works.
      [
        { cta: { label: 'Book', url: ' https://cal.com/x ' }, entries: [entry('a')] },
        (kb) => expect(kb?.cta?.url).toBe('https://cal.com/x'),
      ],
      // A link that does not parse is no link.
      [{ cta: { label: 'Book', url: 'https://:80' }, entries: [entry('a')] }, (kb) => expect(kb?.cta).toBeUndefined()],
      // The first usable entry keeps its id, even after a broken one with the same id.
      [{ entries: [{ id: 'a' }, entry('a')] }, (kb) => expect(kb?.entries.map((e) => e.id)).toEqual(['a'])],
    ];
    for (const [json, expectation] of cases) {
      agree(json);
      expectation(checkKnowledge(json).knowledge);
    }
  });

  it('on random breakages of a valid file', () => {
    const base = read('knowledge/faq.json') as { entries: Obj[] } & Obj;
    base.entries = base.entries.slice(0, 6);
    base.suggestions = ['api-training', 'baa'].filter((id) => base.entries.some((e) => e.id === id));
    const ids = base.entries.map((e) => e.id as string);
    const special = fc.constantFrom(
      ...[
        ...ids,
        'zebra sleep',
        '',
        '  ',
        'nope',
        ' https://cal.com/x ',
        'https://cal.com/x',
        'javascript:alert(1)',
        'https://:80',
        'https://[::1',
      ],
      ...[null, 0, true, [], {}, [''], [3], ids, [ids[0], ids[0]], [ids[1], 'nope', ids[1]], ['zebra sleep']],
      ...[
        { label: 'Book', url: 'https://cal.com/x' },
        { label: ' ', url: 'https://cal.com/x' },
        { label: 'Book' },
        { url: ' http://x.org ' },
      ],
      ...[
        { label: 'Book', url: ' https://cal.com/y ' },
        { label: 'Book', url: 'https://:80' },
      ],
    );
    const value = fc.oneof(
      { arbitrary: special, weight: 6 },
      fc.string({ maxLength: 6 }),
      fc.array(fc.oneof(fc.constantFrom(...ids, 'nope', '', 'zebra sleep'), fc.string({ maxLength: 4 })), {
        maxLength: 4,
      }),
    );
    const entryKeys = ['id', 'question', 'answer', 'alternates', 'keywords', 'followUps', 'cta', 'extra'];
    const breakage = fc.oneof(
      fc.record({
        where: fc.constant('entry'),
        i: fc.nat(7),
        key: fc.constantFrom(...entryKeys),
        value,
        remove: fc.boolean(),
      }),
      fc.record({
        where: fc.constant('top'),
        i: fc.constant(0),
        key: fc.constantFrom('cta', 'suggestions', 'title', 'locale'),
        value,
        remove: fc.boolean(),
      }),
      fc.record({ where: fc.constant('replace'), i: fc.nat(7), key: fc.constant(''), value, remove: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(breakage, { minLength: 1, maxLength: 6 }), (breakages) => {
        const json = structuredClone(base);
        for (const { where, i, key, value: v, remove } of breakages) {
          const target: Obj = where === 'top' ? json : json.entries[i % json.entries.length];
          if (where === 'replace')
            json.entries[i % json.entries.length] = (
              remove ? { id: ids[0], question: 'Q?', answer: 'A.' } : structuredClone(v)
            ) as Obj;
          else if (!isObj(target)) continue;
          else if (remove) delete target[key];
          else target[key] = structuredClone(v);
        }
        agree(json);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
