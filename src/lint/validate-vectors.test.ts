import { describe, expect, it } from 'vitest';
import { fakeEncoder } from '../testing/fake-encoder';
import { writeVectors } from '../engine/semantic/stored';
import { CALIBRATION_VERSION } from '../engine/calibrate/calibration';
import { encodeEntries } from '../engine/semantic/vectors';
import type { KnowledgeBase } from '../engine/types';
import { validateKnowledge } from './validate';

const kb: KnowledgeBase = {
  entries: [
    { id: 'a', question: 'Can I get a refund?', alternates: ['money back'], answer: 'Refunds take five days.' },
    { id: 'b', question: 'How long is shipping?', answer: 'Two days.' },
  ],
};
const withVectors = (vectors: unknown, edit: Partial<KnowledgeBase> = {}) => ({
  ...kb,
  ...edit,
  compiled: { version: 1, generator: 'g', expansions: {}, vectors },
});

describe('validateKnowledge: stored entry vectors', async () => {
  const stored = JSON.parse(JSON.stringify(writeVectors(kb, await encodeEntries(kb, fakeEncoder()))));

  it('accepts the block `faq-chat build` writes and keeps it', () => {
    const r = validateKnowledge(withVectors(stored), { model: 'fake-64' });
    expect(r.problems).toEqual([]);
    expect(r.knowledge?.compiled?.vectors).toEqual(stored);
  });

  it('warns, naming both models, when another encoder made them, and drops them', () => {
    const r = validateKnowledge(withVectors(stored), { model: 'use-lite-u8-new' });
    expect(r.problems).toEqual([
      {
        severity: 'warning',
        path: 'compiled.vectors',
        message: expect.stringMatching(
          /^warning: the entry vectors were made by another sentence encoder \("fake-64"; this faq-chat's is "use-lite-u8-new"\), .*rebuild with `faq-chat build`$/,
        ),
      },
    ]);
    expect(r.knowledge?.compiled?.vectors).toBeUndefined();
    // Without knowing the installed model, only the entries are compared.
    expect(validateKnowledge(withVectors(stored)).problems).toEqual([]);
  });

  it('warns when the entries changed after the build', () => {
    const r = validateKnowledge(
      withVectors(stored, {
        entries: [{ ...kb.entries[0], alternates: ['money back', 'refund please'] }, kb.entries[1]],
      }),
      { model: 'fake-64' },
    );
    expect(r.problems).toEqual([
      {
        severity: 'warning',
        path: 'compiled.vectors',
        message: expect.stringMatching(
          /^warning: the entry vectors are out of date: the entries or their answers changed .*rebuild with `faq-chat build`$/,
        ),
      },
    ]);
    expect(r.valid).toBe(false);
    expect(r.knowledge?.entries).toHaveLength(2);
  });

  it('warns about a calibration measured by another version or damaged, and drops it alone', () => {
    for (const [calibration, message] of [
      // As an earlier faq-chat stored it: one threshold.
      [
        { scope: 0.3, version: CALIBRATION_VERSION - 1 },
        /measured by another version of faq-chat \(1; this one's is 2\)/,
      ],
      [
        { scope: 0.3, scoreScope: 'x', version: CALIBRATION_VERSION },
        /must be \{"scope", "scoreScope": numbers from -1.5 to 1, "version"\} \(got "x" for "scoreScope"\)/,
      ],
      [[0.3], /must be \{"scope", "scoreScope": numbers from -1.5 to 1, "version"\} \(got an array of 1\)/],
    ] as const) {
      const r = validateKnowledge(withVectors({ ...stored, calibration }), { model: 'fake-64' });
      expect(r.problems).toEqual([
        {
          severity: 'warning',
          path: 'compiled.vectors.calibration',
          message: expect.stringMatching(message),
        },
      ]);
      expect(r.problems[0].message).toMatch(
        /measures it again in each visitor's browser .*rebuild with `faq-chat build`$/,
      );
      expect(r.knowledge?.compiled?.vectors).toEqual(stored);
    }
    const current = { ...stored, calibration: { scope: 0.3, scoreScope: 0.1, version: CALIBRATION_VERSION } };
    expect(validateKnowledge(withVectors(current), { model: 'fake-64' }).problems).toEqual([]);
  });

  it.each([
    [[1], /"vectors" must be an object \{"m", "h", "d", "v", "a"\} \(got an array of 1\)/],
    [{ ...stored, m: '' }, /"m" must name the model/],
    [{ ...stored, h: 'x' }, /"h" must be an integer fingerprint \(got "x"\)/],
    [{ ...stored, d: 0 }, /"d" must be the number of values per vector \(got 0\)/],
    [{ ...stored, v: [1, 2] }, /"v" must be an array of base64 strings/],
    [
      { ...stored, v: [stored.v[1], stored.v[0]] },
      /"v" must hold, per entry, 64 values for its question and each alternate, and "a" 64 for its answer \(2 and 2 strings for 2 entries\)/,
    ],
    [{ ...stored, a: 'x' }, /"a" must be an array of base64 strings, one per answer \(got "x"\)/],
    [{ ...stored, a: [stored.a[0]] }, /"a" 64 for its answer \(2 and 1 strings for 2 entries\)/],
  ])('warns about a damaged block and still gives a usable knowledge base: %#', (vectors, message) => {
    const r = validateKnowledge(withVectors(vectors), { model: 'fake-64' });
    expect(r.problems).toEqual([
      { path: 'compiled.vectors', message: expect.stringMatching(message), severity: 'warning' },
    ]);
    expect(r.problems[0].message).toMatch(/^warning: the entry vectors are damaged: /);
    expect(r.knowledge?.compiled).toEqual({ version: 1, generator: 'g', expansions: {} });
  });
});
