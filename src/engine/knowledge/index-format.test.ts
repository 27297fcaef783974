import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { writeIndex } from '../../build/compile-index';
import { ANALYZER_VERSION, answerWeight, FIELD_WEIGHTS, FIELDS, fieldOf, fingerprint } from './index-format';
import { LEXICON } from '../match/lexicon';
import { SHORTHAND, words } from '../match/normalize';
import { stem } from '../match/stem';
import { STOP_WORDS } from '../match/stopwords';
import type { KnowledgeBase } from '../types';

/**
 * What the analyser made of a fixed corpus, per ANALYZER_VERSION. A stored index is only as good as the
 * analyser that reads messages against it, so any change to the analysis must come with a new version.
 */
const DIGESTS: Record<number, string> = {
  1: '1c6f2c65e55c0d64',
  2: 'c63e7ca189742919',
  3: 'b565ba74067414cb',
};

const SAMPLES = [
  "Can't I get my money back? I didn't order this!",
  'Whats ur refund policy 4 broken items, pls?',
  'Café menü: naïve façade — “smart quotes” and ‘apostrophes’ aren’t a problem',
  'Do you ship to the UK/EU? Delivery in 3–5 days, $20 or 15% off.',
  'log in, sign in, sign up for a free trial; credit card or apple pay',
  'relational conditional rationalise generalisations hopefulness electricity',
  'im gonna need it asap b4 tmrw, thx',
];

/** A small base exercising every field, a site synonym group and expansions. */
const FIXED: KnowledgeBase = {
  synonyms: [
    ['baa', 'business associate agreement'],
    ['zero data retention', 'zdr'],
  ],
  entries: [
    {
      id: 'refund',
      question: 'Can I get my money back?',
      alternates: ['Refund policy', 'Return a broken item'],
      keywords: ['reimburse'],
      answer: 'Refunds are issued within 14 days to the original card.',
    },
    {
      id: 'baa',
      question: 'Will you sign a BAA?',
      answer: 'Yes: we sign a business associate agreement before any HIPAA work starts, at no extra cost.',
    },
    {
      id: 'zdr',
      question: 'Is zero data retention available?',
      keywords: ['logging'],
      answer: 'With ZDR the provider keeps no prompts or outputs; not every model offers it.',
    },
  ],
  compiled: { version: 1, generator: 'test', expansions: { refund: ['repayment', 'compensation'] } },
};

function analyserDigest(): string {
  const corpus = new Set([
    ...LEXICON.split(/[.,\s]/),
    ...STOP_WORDS,
    ...[...SHORTHAND.values()].join(' ').split(' '),
    ...SAMPLES.flatMap(words),
  ]);
  const { v: _, h: __, ...index } = writeIndex(FIXED);
  // The lexicon in the "|"-separated form it had when the digests were taken: a new separator is no new analysis.
  const parts = [
    LEXICON.replaceAll('.', '|'),
    [...STOP_WORDS],
    [...SHORTHAND],
    FIELD_WEIGHTS,
    SAMPLES.map(words),
    [...corpus].map(stem),
    index,
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

describe('ANALYZER_VERSION', () => {
  it('changes whenever the text analysis does (lexicon, stemmer, normalisation, stop words, field weights)', () => {
    const digest = analyserDigest();
    expect(
      DIGESTS[ANALYZER_VERSION],
      `The text analysis changed, so indexes stored by earlier builds no longer fit it. Set ANALYZER_VERSION in ` +
        `src/engine/index-format.ts to ${ANALYZER_VERSION + 1} and add ${ANALYZER_VERSION + 1}: '${digest}' to DIGESTS in this file.`,
    ).toBe(digest);
  });
});

describe('field weights', () => {
  it('come heaviest first, and an answer word weighs less than any other field, so the weight tells the field', () => {
    const weights = Object.values(FIELD_WEIGHTS);
    expect(FIELDS).toEqual(['question', 'keywords', 'expansion', 'answer']);
    for (let i = 1; i < weights.length - 1; i++) expect(weights[i]).toBeLessThan(weights[i - 1]);
    const heaviestAnswer = Math.max(...[1, 5, 10, 20, 41, 60, 200].map(answerWeight));
    expect(heaviestAnswer).toBeCloseTo(0.48);
    expect(heaviestAnswer).toBeLessThan(FIELD_WEIGHTS.expansion);
    for (const f of FIELDS) expect(fieldOf(FIELD_WEIGHTS[f])).toBe(f);
    expect([answerWeight(12), answerWeight(60), answerWeight(300)].map(fieldOf)).toEqual([
      'answer',
      'answer',
      'answer',
    ]);
  });
});

describe('fingerprint', () => {
  const base = (): KnowledgeBase => JSON.parse(JSON.stringify(FIXED));
  const changed: [string, (kb: KnowledgeBase) => void][] = [
    ['an id', (kb) => (kb.entries[0].id = 'refunds')],
    ['a question', (kb) => (kb.entries[1].question = 'Will you sign a DPA?')],
    ['an alternate', (kb) => kb.entries[0].alternates!.push('Money back')],
    ['an alternate moved to the keywords', (kb) => kb.entries[0].keywords!.push(kb.entries[0].alternates!.pop()!)],
    ['a keyword', (kb) => (kb.entries[2].keywords = ['logs'])],
    ['an answer’s length', (kb) => (kb.entries[0].answer += ' Ask us.')],
    ['the order of entries', (kb) => kb.entries.reverse()],
    ['an entry removed', (kb) => kb.entries.pop()],
    ['a synonym group', (kb) => kb.synonyms!.push(['hipaa', 'health insurance portability'])],
    ['two strings joined', (kb) => (kb.entries[0].alternates = ['Refund policyReturn a broken item'])],
  ];
  it.each(changed)('changes with %s', (_, edit) => {
    const kb = base();
    edit(kb);
    expect(fingerprint(kb)).not.toBe(fingerprint(FIXED));
  });
  it('is the same for the same knowledge, parsed again', () => {
    expect(fingerprint(base())).toBe(fingerprint(FIXED));
  });
});
