/** The stored index `faq-chat build` writes: read, it gives exactly what analysing the entries gives; stale or damaged, it is ignored. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateKnowledgeBase } from '../testing/generate-kb';
import { checkKnowledge } from '../engine/knowledge/check';
import { compileKnowledge } from './compile';
import { evaluate } from '../eval/evaluate';
import { buildIndex, phrasingsOf, type KnowledgeIndex } from '../engine/match/knowledge-index';
import { createMatcher } from '../engine/match/match';
import type { CompiledIndex, KnowledgeBase } from '../engine/types';
import { validateKnowledge } from '../lint/validate';

const SETS: [string, string][] = [
  ['knowledge/faq.json', 'knowledge/faq.cases.json'],
  ['../shared/eval/shop.kb.json', '../shared/eval/shop.cases.json'],
  ['eval/clinic.kb.json', 'eval/clinic.cases.json'],
  ['eval/saas.kb.json', 'eval/saas.cases.json'],
];
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Everything matching reads from an index, as plain data. */
const shape = (index: KnowledgeIndex) => ({
  postings: [...index.postings].map(([term, p]) => [term, Array.from(p.entries), Array.from(p.weights), p.idf]),
  phrasings: index.kb.entries.map((_, e) => phrasingsOf(index, e)),
  typos: [...(index.typos as unknown as { buckets: Map<string, string[]> }).buckets],
  idfMax: index.idfMax,
});

/** What the widget gets from a file `faq-chat build` wrote: JSON text, parsed and checked. */
function shipped(kb: KnowledgeBase, expand?: (w: string) => string[]): KnowledgeBase {
  return checkKnowledge(JSON.parse(JSON.stringify(compileKnowledge(kb, 'faq-chat test', expand).knowledge))).knowledge!;
}

const withIndex = (kb: KnowledgeBase, index: unknown): KnowledgeBase => ({
  ...kb,
  compiled: { ...kb.compiled!, index: index as CompiledIndex },
});
const withoutIndex = (kb: KnowledgeBase): KnowledgeBase => withIndex(kb, undefined);

/** True when buildIndex read the stored index: a term added to it shows up (the fingerprint does not cover the index itself). */
function reads(kb: KnowledgeBase): boolean {
  const index = kb.compiled!.index!;
  return buildIndex(withIndex(kb, { ...index, t: [...index.t, 'zzmarker'], p: [...index.p, [4]] })).postings.has(
    'zzmarker',
  );
}

describe('the stored index', () => {
  for (const [kbFile, casesFile] of SETS) {
    it.runIf(existsSync(kbFile))(
      `gives ${kbFile} the same index and the same eval figures as its entries’ text`,
      () => {
        const plain = validateKnowledge(readJson(kbFile)).knowledge!;
        const kb = shipped(plain);
        expect(reads(kb)).toBe(true);
        expect(shape(buildIndex(kb))).toEqual(shape(buildIndex(plain)));
        const cases = (readJson(casesFile) as { cases: { q: string; expect: string | null }[] }).cases;
        expect(evaluate(createMatcher(kb), cases)).toEqual(evaluate(createMatcher(plain), cases));
      },
    );
  }

  it('holds expansions, site synonyms and every field of a generated base of 400 entries', () => {
    const plain = {
      ...generateKnowledgeBase(400),
      synonyms: [
        ['parcel', 'box', 'shipping carton'],
        ['refund', 'money back'],
      ],
    };
    const kb = shipped(plain, (w) => (w.length % 3 ? [`${w}ish`, 'gizmo', 'parcel'] : []));
    expect(Object.keys(kb.compiled!.expansions).length).toBeGreaterThan(300);
    expect(reads(kb)).toBe(true);
    expect(shape(buildIndex(kb))).toEqual(shape(buildIndex(withoutIndex(kb))));
    const matcher = createMatcher(kb);
    const plainMatcher = createMatcher(withoutIndex(kb));
    for (const e of kb.entries.slice(0, 60)) {
      const text = `${e.alternates?.[0] ?? e.question} pls`;
      expect(matcher.explain(text)).toEqual(plainMatcher.explain(text));
    }
  });

  it('is ignored once the entries change after the build', () => {
    const kb = shipped(validateKnowledge(readJson('knowledge/faq.json')).knowledge!);
    const edited = {
      ...kb,
      entries: kb.entries.map((e, i) => (i === 3 ? { ...e, question: 'Do you offer on-site workshops?' } : e)),
    };
    expect(reads(edited)).toBe(false);
    expect(shape(buildIndex(edited))).toEqual(shape(buildIndex(withoutIndex(edited))));
    expect(buildIndex(edited).postings.has('workshop')).toBe(true);
    const reordered = { ...kb, entries: [...kb.entries].reverse() };
    expect(reads(reordered)).toBe(false);
    expect(createMatcher(reordered).match(kb.entries[0].question)).toEqual(
      createMatcher(withoutIndex(reordered)).match(kb.entries[0].question),
    );
  });
});

describe('a damaged or hostile stored index', () => {
  const kb = shipped(validateKnowledge(readJson('eval/saas.kb.json')).knowledge!);
  const good = kb.compiled!.index!;
  const n = kb.entries.length;
  const plain = shape(buildIndex(withoutIndex(kb)));
  const damaged: [string, unknown][] = [
    ['null', null],
    ['a string', 'index'],
    ['a number', 42],
    ['an array', []],
    ['an empty object', {}],
    ['another fingerprint', { ...good, h: good.h + 1 }],
    ['no terms', { ...good, t: undefined }],
    ['no postings', { ...good, p: undefined }],
    ['postings not an array', { ...good, p: { 0: [4] } }],
    ['fewer postings than terms', { ...good, p: good.p.slice(1) }],
    ['a posting that is a string', { ...good, p: ['4,8', ...good.p.slice(1)] }],
    ['a posting that is a number', { ...good, p: [4, ...good.p.slice(1)] }],
    ['a posting item of 0 (no gap)', { ...good, p: [[4, 0], ...good.p.slice(1)] }],
    ['a negative posting item', { ...good, p: [[-4], ...good.p.slice(1)] }],
    ['an entry past the last', { ...good, p: [[4 * (n + 1)], ...good.p.slice(1)] }],
    ['a posting item past 32 bits', { ...good, p: [[2 ** 40], ...good.p.slice(1)] }],
    ['a posting item that is an object', { ...good, p: [[{}], ...good.p.slice(1)] }],
    ['no answer lengths', { ...good, a: undefined }],
    // Once scored NaN: the last entry's answer weight was read past the end.
    ['answer lengths cut short', { ...good, a: good.a.slice(0, -1) }],
    ['an answer length that is not a number', { ...good, a: good.a.map(() => 'x') }],
    ['terms cut short', { ...good, t: good.t.slice(0, -1) }],
    ['no words', { ...good, w: undefined }],
    ['a word that is null', { ...good, w: ['pricing', null] }],
  ];
  it.each(damaged)('%s: the index is made from the entries instead, without an error', (_, index) => {
    expect(shape(buildIndex(withIndex(kb, index)))).toEqual(plain);
  });

  it('well formed but altered (the fingerprint cannot tell): read as is, and matching still never throws', () => {
    const altered = withIndex(kb, {
      ...good,
      t: [...good.t, 'zzz', 'yyy'],
      p: [...good.p, [4], [8, 4]],
      a: good.a.map((x) => x + 1),
      w: [...good.w, 'qqqq'],
    });
    const matcher = createMatcher(altered);
    for (const text of ['How much does it cost?', 'invoise', 'seven', ''])
      expect(['answer', 'suggest', 'none']).toContain(matcher.match(text).status);
  });
});
