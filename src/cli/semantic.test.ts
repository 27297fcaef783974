import { calibrate } from '../engine/calibrate/calibration';
import { encodeOffTopic } from '../engine/calibrate/corpus';
import { describe, expect, it } from 'vitest';
import { checkKnowledge } from '../engine/knowledge/check';
import { evaluate } from '../eval/evaluate';
import { rankedIds, rankFigures } from '../eval/evaluate-rank';
import { buildIndex } from '../engine/match/knowledge-index';
import { createMatcher } from '../engine/match/match';
import { semanticRun } from '../engine/semantic/hybrid-answerer';
import { fakeEncoder } from '../testing/fake-encoder';
import { readVectors } from '../engine/semantic/stored';
import { encodeEntries } from '../engine/semantic/vectors';
import type { KnowledgeBase } from '../engine/types';
import type { EncoderSource } from './encoder';
import { MIN_CONFIDENCE } from './commands/suggest';
import { FAKE_NAME, fakeSource, missingSource, runCli } from '../testing/cli';

/** Runs the CLI on in-memory files with the given encoder source. */
const run = (argv: string[], files: Record<string, string>, encoder: EncoderSource = fakeSource()) =>
  runCli(argv, files, { encoder });

const kb: KnowledgeBase = {
  entries: [
    {
      id: 'refund',
      question: 'Can I get a refund?',
      alternates: ['I want my money back'],
      answer: 'Yes, within 30 days.',
    },
    { id: 'delivery', question: 'How long does delivery take?', answer: 'Two to five working days.' },
    { id: 'warranty', question: 'Is there a warranty?', answer: 'Every kayak paddle is covered for two years.' },
  ],
};
const cases = [
  { q: 'can i get my money back', expect: 'refund' },
  { q: 'delivery time', expect: 'delivery' },
  { q: 'how long is the warranty', expect: 'warranty' },
  { q: 'tell me a joke', expect: null },
];
const files = { 'kb.json': JSON.stringify(kb), 'cases.json': JSON.stringify({ cases }) };
const SEMANTIC = `meaning + words (${FAKE_NAME})`;

/** What eval should report by meaning, worked out with the engine directly. */
async function expectedSemantic() {
  const encoder = fakeEncoder();
  const index = buildIndex(kb);
  const vectors = await encodeEntries(kb, encoder);
  const queries = await encoder.encode(cases.map((c) => c.q));
  // The CLI calibrates a plain file exactly as the widget's worker does.
  const calibration = calibrate(vectors.entries, await encodeOffTopic(encoder));
  const runs = cases.map((c, i) => semanticRun(index, vectors, c.q, queries[i], undefined, calibration));
  const ids = kb.entries.map((e) => e.id);
  return {
    runs,
    ranks: rankFigures(
      cases,
      runs.map((r) => rankedIds(ids, r.ranked)),
    ),
  };
}

describe('eval by meaning + words', () => {
  it('is the default: names the matcher, encodes the cases, and adds rank1/rank3 of the hybrid ranking to --json', async () => {
    const source = fakeSource();
    const r = await run(['eval', 'kb.json', 'cases.json', '--json'], files, source);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(source.loads).toBe(1);
    const json = JSON.parse(r.stdout);
    const { runs, ranks } = await expectedSemantic();
    expect(json.matcher).toBe(SEMANTIC);
    expect({ rank1: json.rank1, rank3: json.rank3 }).toEqual(ranks);
    expect(json.misses.length).toBe(
      runs.filter((x, i) => (cases[i].expect === null ? x.result.status !== 'none' : x.result.id !== cases[i].expect))
        .length,
    );
    const text = await run(['eval', 'kb.json', 'cases.json'], files);
    expect(text.stdout.split('\n')[0]).toBe(`cases.json against kb.json, matcher: ${SEMANTIC}`);
    expect(text.stdout).toMatch(/rank1 +\d+\.\d% {2}in-scope questions whose expected entry the matcher ranks first/);
  });

  it("--lexical never loads the encoder and gives the word matcher's figures and ranks", async () => {
    const source = fakeSource();
    const r = await run(['eval', 'kb.json', 'cases.json', '--json', '--lexical'], files, source);
    expect(source.loads).toBe(0);
    const json = JSON.parse(r.stdout);
    const lexical = evaluate(createMatcher(kb), cases);
    expect(json).toMatchObject({
      matcher: 'words only',
      correct: lexical.correct,
      helpful: lexical.helpful,
      wrong: lexical.wrong,
      declined: lexical.declined,
    });
    // The lexical ranking has only entries sharing a word: "tell me a joke" and out-of-scope cases rank nothing.
    const index = buildIndex(kb);
    const { analyzeAndDecide } = await import('../engine/match/lexical-answerer');
    const orders = cases.map((c) =>
      rankedIds(
        kb.entries.map((e) => e.id),
        analyzeAndDecide(index, c.q).ranked,
      ),
    );
    expect({ rank1: json.rank1, rank3: json.rank3 }).toEqual(rankFigures(cases, orders));
  });

  it('when the encoder cannot load: one warning line saying why and how to fix, then the word figures, same exit code', async () => {
    const r = await run(
      ['eval', 'kb.json', 'cases.json', '--json'],
      files,
      missingSource('its files are missing: no faq-chat-encoder/model.json'),
    );
    const lexical = await run(['eval', 'kb.json', 'cases.json', '--json', '--lexical'], files);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(lexical.stdout);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      '[faq-chat] cannot load the sentence encoder (its files are missing: no faq-chat-encoder/model.json), so matching runs on words only; ' +
        'to use it, reinstall faq-chat or run `npm run build` in its repository (--lexical skips the encoder and this warning)',
    ]);
    const bar = ['--min-correct', '100'];
    expect((await run(['eval', 'kb.json', 'cases.json', ...bar], files, missingSource())).code).toBe(
      (await run(['eval', 'kb.json', 'cases.json', '--lexical', ...bar], files)).code,
    );
  });

  it("--explain shows each miss's hybrid candidates with their cosine (and in --json)", async () => {
    const r = await run(['eval', 'kb.json', 'cases.json', '--explain'], files);
    expect(r.stdout).toMatch(
      /by meaning \+ words \(cosine: [^\n]*\n {6}1\. \S+ {2}cosine \d\.\d\d {2}words \d\.\d\d {2}"/,
    );
    const json = JSON.parse((await run(['eval', 'kb.json', 'cases.json', '--explain', '--json'], files)).stdout);
    expect(json.misses[0].hybrid[0]).toEqual({
      id: expect.any(String),
      score: expect.any(Number),
      cosine: expect.any(Number),
      words: expect.any(Number),
    });
    expect(json.misses[0].explanation.terms).toEqual(expect.any(Array));
  });
});

describe('ask by meaning + words', () => {
  it('replies with the hybrid decision; --explain shows the cosine per candidate; --lexical the word matcher', async () => {
    const message = 'I want my money back';
    const encoder = fakeEncoder();
    const [query] = await encoder.encode([message]);
    const expected = semanticRun(buildIndex(kb), await encodeEntries(kb, encoder), message, query).result;
    expect(JSON.parse((await run(['ask', 'kb.json', message, '--json'], files)).stdout)).toEqual(expected);
    const explained = await run(['ask', 'kb.json', message, '--explain'], files);
    expect(explained.stdout).toContain(`Why (matcher: ${SEMANTIC}):`);
    expect(explained.stdout).toMatch(/ {2}1\. refund {2}cosine 1\.00 {2}words \d\.\d\d {2}"Can I get a refund\?"/);
    const source = fakeSource();
    const lexical = await run(['ask', 'kb.json', message, '--json', '--lexical'], files, source);
    expect(JSON.parse(lexical.stdout)).toEqual(createMatcher(kb).match(message));
    expect(source.loads).toBe(0);
  });
});

describe('build stores entry vectors; validate checks them', () => {
  it('stores them by default, says how many bytes they add, and they read back as the encoder made them', async () => {
    const r = await run(['build', 'kb.json', '-o', 'out.json'], files);
    expect(r.code).toBe(0);
    const text = r.written['out.json'];
    const without = await run(['build', 'kb.json', '-o', 'out.json', '--no-vectors'], files);
    const added = Buffer.byteLength(text) - Buffer.byteLength(without.written['out.json']);
    expect(r.stdout).toContain(`entry vectors included (+${added.toLocaleString('en')} bytes)`);
    expect(without.stdout).not.toContain('vectors');
    // One line, like the index: not one line per value.
    expect(text).toMatch(
      /\n {4}"vectors": \{"m":"fake-64","h":-?\d+,"d":64,"v":\[[^\n]+\],"calibration":\{"scope":-?[\d.]+,"scoreScope":-?[\d.]+,"version":\d+\}\}\n {2}\}\n\}\n$/,
    );
    const shipped = checkKnowledge(JSON.parse(text)).knowledge!;
    expect(readVectors(shipped, 'fake-64')?.entries.map((e) => e.length)).toEqual([2, 1, 1]);
    const validated = await run(['validate', 'out.json'], { 'out.json': text });
    expect(validated).toMatchObject({ code: 0, stdout: 'out.json: OK — 3 entries\n' });
  });

  it('--no-vectors and a missing encoder write the file without them; only the latter warns', async () => {
    const source = fakeSource();
    expect(
      (await run(['build', 'kb.json', '-o', 'out.json', '--no-vectors', '--no-wordnet'], files, source)).stderr,
    ).toBe('');
    expect(source.loads).toBe(0);
    const r = await run(['build', 'kb.json', '-o', 'out.json', '--no-wordnet'], files, missingSource());
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^\[faq-chat\] cannot load the sentence encoder \(its files are missing\), so the file is written without entry vectors .*\(--no-vectors skips the encoder and this warning\)\n$/,
    );
    expect(JSON.parse(r.written['out.json']).compiled.vectors).toBeUndefined();
  });

  it('validate warns when they are stale or from another model, and the commands still run without them', async () => {
    const text = (await run(['build', 'kb.json', '-o', 'out.json'], files)).written['out.json'];
    const other = await run(['validate', 'out.json'], { 'out.json': text }, fakeSource('use-lite-u8-other'));
    expect(other.code).toBe(1);
    expect(other.stdout).toMatch(
      /^compiled\.vectors: warning: the entry vectors were made by another sentence encoder \("fake-64"; this faq-chat's is "use-lite-u8-other"\).*rebuild with `faq-chat build`\n/,
    );
    const edited = JSON.parse(text);
    edited.entries[1].question = 'When will my parcel arrive?';
    const stale = { 'out.json': JSON.stringify(edited), 'cases.json': files['cases.json'] };
    const v = await run(['validate', 'out.json'], stale);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain(
      'compiled.vectors: warning: the entry vectors are out of date: the entries or their answers changed after `faq-chat build` made them',
    );
    const asked = await run(['ask', 'out.json', 'when will my parcel arrive', '--json'], stale);
    expect(asked.code).toBe(0);
    expect(asked.stderr).toContain('out.json: compiled.vectors: warning: the entry vectors are out of date');
    expect(JSON.parse(asked.stdout)).toMatchObject({ status: 'answer', id: 'delivery' });
    const damaged = JSON.parse(text);
    damaged.compiled.vectors.v = ['not base64!', 1];
    const e = await run(['eval', 'out.json', 'cases.json', '--json'], {
      'out.json': JSON.stringify(damaged),
      'cases.json': files['cases.json'],
    });
    expect(e.code).toBe(0);
    expect(e.stderr).toContain('the entry vectors are damaged');
    expect(JSON.parse(e.stdout).matcher).toBe(SEMANTIC);
  });
});

describe('suggest-alternates by meaning + words', () => {
  const answerWords = 'my kayak paddle snapped in half on the lake yesterday';
  const messages = { ...files, 'm.txt': `${answerWords}\nis there any warranty on it\ncan i get my money back\n` };

  it('never proposes a message for an entry when only words of its answer match', async () => {
    // The word matcher is confident enough to propose it, but on the answer's words alone.
    const [best] = createMatcher(kb).explain(answerWords).candidates;
    expect(best.score).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(new Set(best.matched.map((m) => m.field))).toEqual(new Set(['answer']));
    for (const flags of [[], ['--lexical']]) {
      const json = JSON.parse(
        (await run(['suggest-alternates', 'kb.json', 'm.txt', '--json', ...flags], messages)).stdout,
      );
      expect(json.none.map((n: { text: string }) => n.text)).toEqual([answerWords]);
      expect(JSON.stringify(json.entries)).not.toContain('kayak');
    }
  });

  it('ranks by meaning and reports the cosine as the confidence', async () => {
    const r = await run(['suggest-alternates', 'kb.json', 'm.txt', '--json'], messages);
    const json = JSON.parse(r.stdout);
    expect(json.matcher).toBe(SEMANTIC);
    const placed = [
      ...Object.entries(json.entries).flatMap(([id, list]) => (list as { text: string }[]).map((p) => ({ ...p, id }))),
      ...json.answered,
    ];
    const warranty = placed.find((p: { text: string }) => p.text === 'is there any warranty on it');
    expect(warranty).toMatchObject({ id: 'warranty' });
    const [a, b] = await fakeEncoder().encode(['is there any warranty on it', 'Is there a warranty?']);
    expect(warranty.confidence).toBeCloseTo(
      a.reduce((s, x, i) => s + x * b[i], 0),
      5,
    );
  });
});

describe('the encoder stays unloaded where it is not needed', () => {
  it('validate and --help do not load it', async () => {
    const source = fakeSource();
    await run(['validate', 'kb.json'], files, source);
    await run(['eval', '--help'], files, source);
    await run(['--help'], files, source);
    expect(source.loads).toBe(0);
  });
});
