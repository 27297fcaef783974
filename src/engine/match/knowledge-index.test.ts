import { describe, expect, it } from 'vitest';
import { answerWeight, FIELD_WEIGHTS } from '../knowledge/index-format';
import { buildIndex, buildIndexSteps, phrasingsOf } from './knowledge-index';
import { words } from './normalize';
import type { KnowledgeBase } from '../types';

const kb: KnowledgeBase = {
  entries: [
    {
      id: 'refund',
      question: 'Can I get a refund?',
      keywords: ['reimbursement'],
      answer: 'Refunds take five days. Shipping is not refunded.',
    },
    {
      id: 'shipping',
      question: 'How long does shipping take?',
      alternates: ['Delivery time'],
      answer: 'Shipping takes two days; a refund of the shipping fee is possible.',
    },
    { id: 'gift', question: 'Do you sell gift cards?', answer: 'Yes, in any amount.' },
  ],
  compiled: { version: 1, generator: 'test', expansions: { gift: ['voucher', 'present'] } },
};
const index = buildIndex(kb);
const posting = (term: string) => {
  const p = index.postings.get(term)!;
  return { entries: Array.from(p.entries), weights: Array.from(p.weights), idf: p.idf };
};
const answer = (i: number) => answerWeight(words(kb.entries[i].answer).length);
const idfOf = (df: number) => Math.log(1 + (3 - df + 0.5) / (df + 0.5));

describe('buildIndex from the entries’ text', () => {
  it('keeps, per entry, the weight of the heaviest field a term appears in', () => {
    expect(posting('refund')).toEqual({
      entries: [0, 1],
      weights: [FIELD_WEIGHTS.question, answer(1)],
      idf: idfOf(1 + answer(1)),
    });
    expect(posting('ship')).toEqual({
      entries: [0, 1],
      weights: [answer(0), FIELD_WEIGHTS.question],
      idf: idfOf(answer(0) + 1),
    });
    expect(posting('reimburs').weights).toEqual([FIELD_WEIGHTS.keywords]);
    expect(posting('voucher')).toMatchObject({ entries: [2], weights: [FIELD_WEIGHTS.expansion] });
    expect(answer(2)).toBeCloseTo(0.48);
    expect(index.idfMax).toBe(idfOf(0));
  });

  it('weighs each question and alternate unit by its rarest stem, when the entry first needs it', () => {
    expect(index.phrasings[1]).toBeUndefined();
    const [question, alternate] = phrasingsOf(index, 1);
    const concepts = (stem: string) => index.syn.phrases.get(stem) ?? [];
    expect(concepts('ship').length).toBeGreaterThan(0);
    expect(question.units).toEqual([
      ['long', ...concepts('long')],
      ['ship', ...concepts('ship')],
      ['take', ...concepts('take')],
    ]);
    expect(question.weights).toEqual([posting('long').idf, posting('ship').idf, posting('take').idf]);
    expect(question.total).toBeCloseTo(posting('long').idf + posting('ship').idf + posting('take').idf);
    expect(alternate.units[0][0]).toBe('deliveri');
    expect(phrasingsOf(index, 1)).toBe(index.phrasings[1]);
  });

  it('corrects typos towards the entries’ own words', () => {
    expect(index.typos.correct('shiping', () => 0)?.word).toBe('shipping');
    expect(index.typos.correct('reimbursment', () => 0)?.word).toBe('reimbursement');
  });
});

describe('buildIndexSteps', () => {
  it('takes one step per entry, one before the typo vocabulary, and ends with the same index buildIndex makes', () => {
    const steps = buildIndexSteps(kb);
    let count = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) count++;
    // The lexicon was compiled by the index above (its first compile takes a step per group), and there are
    // fewer terms than one step of finish() handles.
    expect(count).toBe(kb.entries.length + 1);
    expect([...r.value.postings.keys()]).toEqual([...index.postings.keys()]);
    expect(Array.from(r.value.postings.get('refund')!.weights)).toEqual(posting('refund').weights);
  });
});
