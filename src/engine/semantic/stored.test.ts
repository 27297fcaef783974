import { describe, expect, it } from 'vitest';
import { checkKnowledge } from '../knowledge/check';
import type { KnowledgeBase } from '../types';
import { fakeEncoder } from '../../testing/fake-encoder';
import { readCalibration, readVectors, writeCalibration, writeVectors } from './stored';
import { CALIBRATION_VERSION } from '../calibrate/calibration';
import { dot, encodeEntries } from './vectors';

const kb: KnowledgeBase = {
  entries: [
    {
      id: 'refund',
      question: 'Can I get a refund?',
      alternates: ['money back please', 'I want to return my order and be paid'],
      answer: 'Yes.',
    },
    { id: 'delivery', question: 'How long does delivery take?', answer: 'Two days.' },
  ],
};

describe('stored entry vectors', () => {
  it('round-trip through JSON with cosines within 0.02 of the originals (4 bits a value)', async () => {
    const encoder = fakeEncoder();
    const original = await encodeEntries(kb, encoder);
    const json = JSON.parse(
      JSON.stringify({
        ...kb,
        compiled: { version: 1, generator: 't', expansions: {}, vectors: writeVectors(kb, original) },
      }),
    );
    const read = readVectors(checkKnowledge(json).knowledge!, encoder.fingerprint)!;
    expect(read.entries.map((e) => e.length)).toEqual([3, 1]);
    const [query] = await encoder.encode(['refund of my order']);
    original.entries.forEach((list, i) =>
      list.forEach((v, k) => {
        expect(Math.abs(dot(read.entries[i][k], query) - dot(v, query))).toBeLessThan(0.02);
        expect(dot(read.entries[i][k], v)).toBeGreaterThan(0.99);
      }),
    );
  });

  it('keep every value from −7 to 7 exactly, also for an odd number of values', () => {
    // Vectors whose largest value maps to 7, so each value is stored as the integer it is.
    const values = [7, -7, 0, 3, -3, 1, -1, 5, -6, 2, 4, -2, 6, -4, -5];
    const unit = (xs: number[]) => Float32Array.from(xs, (x) => x / Math.hypot(...xs));
    const odd: KnowledgeBase = { entries: [{ id: 'a', question: 'q', answer: 'a' }] };
    const vectors = { fingerprint: 'f', entries: [[unit(values)]], answers: [unit([...values].reverse())] };
    const read = readVectors(
      { ...odd, compiled: { version: 1, generator: 't', expansions: {}, vectors: writeVectors(odd, vectors) } },
      'f',
    )!;
    expect(Array.from(read.entries[0][0], (x) => Math.round(x * Math.hypot(...values)))).toEqual(values);
    expect(Array.from(read.answers![0], (x) => Math.round(x * Math.hypot(...values)))).toEqual([...values].reverse());
  });

  it('are ignored, never thrown on, when from another model, stale or damaged', async () => {
    const stored = writeVectors(kb, await encodeEntries(kb, fakeEncoder()));
    const withBlock = (vectors: unknown): KnowledgeBase => ({
      ...kb,
      compiled: { version: 1, generator: 't', expansions: {}, vectors } as KnowledgeBase['compiled'],
    });
    expect(readVectors(withBlock(stored), 'other-model')).toBeUndefined();
    expect(
      readVectors(
        { ...withBlock(stored), entries: [kb.entries[0], { ...kb.entries[1], question: 'Shipping time?' }] },
        'fake-64',
      ),
    ).toBeUndefined();
    // An answer edited after the build (even to one of the same length) makes its vector stale.
    const edited = kb.entries[1].answer.replace(/./, (c) => (c === 'X' ? 'Y' : 'X'));
    expect(
      readVectors({ ...withBlock(stored), entries: [kb.entries[0], { ...kb.entries[1], answer: edited }] }, 'fake-64'),
    ).toBeUndefined();
    for (const damaged of [
      null,
      7,
      'x',
      {},
      { ...stored, d: 0 },
      { ...stored, v: ['!!', 3] },
      { ...stored, v: [stored.v[1], stored.v[0]] },
      { ...stored, v: stored.v.slice(1) },
      { ...stored, a: undefined },
      { ...stored, a: stored.a.slice(1) },
      { ...stored, a: [stored.v[0], stored.a[1]] },
    ]) {
      expect(readVectors(withBlock(damaged), 'fake-64')).toBeUndefined();
    }
  });
});

describe('stored calibration', () => {
  const corpus = [Float32Array.of(1, 0), Float32Array.of(0, 1)];
  const withCalibration = async (calibration: unknown) => {
    const encoder = fakeEncoder();
    const vectors = { ...writeVectors(kb, await encodeEntries(kb, encoder)), calibration };
    return { ...kb, compiled: { version: 1, generator: 't', expansions: {}, vectors } } as KnowledgeBase;
  };

  it('is read back with usable vectors of the same model, beside the corpus it is measured against', async () => {
    const built = await withCalibration(writeCalibration({ scope: 0.4321, scoreScope: -0.12, offTopic: corpus }));
    expect(built.compiled?.vectors?.calibration).toEqual({
      scope: 0.4321,
      scoreScope: -0.12,
      version: CALIBRATION_VERSION,
    });
    expect(readCalibration(built, readVectors(built, 'fake-64'), corpus)).toEqual({
      scope: 0.4321,
      scoreScope: -0.12,
      offTopic: corpus,
    });
  });

  it('is ignored for another model, after the entries changed, by another version, or when it is not a score', async () => {
    const built = await withCalibration({ scope: 0.4321, scoreScope: 0.2, version: CALIBRATION_VERSION });
    expect(readCalibration(built, readVectors(built, 'other-model'), corpus)).toBeUndefined();
    const edited = { ...built, entries: [...built.entries, { id: 'new', question: 'New?', answer: 'Yes.' }] };
    expect(readCalibration(edited, readVectors(edited, 'fake-64'), corpus)).toBeUndefined();
    for (const bad of [
      { scope: 0.4321, scoreScope: 0.2, version: CALIBRATION_VERSION - 1 },
      { scope: 0.4321, scoreScope: 0.2 },
      { scope: 0.4321, version: CALIBRATION_VERSION },
      { scope: '0.4', scoreScope: 0.2, version: CALIBRATION_VERSION },
      { scope: 7, scoreScope: 0.2, version: CALIBRATION_VERSION },
      { scope: 0.4321, scoreScope: -3, version: CALIBRATION_VERSION },
    ]) {
      const file = await withCalibration(bad);
      expect(readCalibration(file, readVectors(file, 'fake-64'), corpus)).toBeUndefined();
    }
  });
});
