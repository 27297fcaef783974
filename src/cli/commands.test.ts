import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKnowledge } from '../engine/knowledge/check';
import { INDEX_FROM } from '../build/compile';
import { fingerprint } from '../engine/knowledge/index-format';
import { createMatcher } from '../engine/match/match';
import type { KnowledgeBase } from '../engine/types';
import { NO_WORDNET } from './commands/build';
import { messageLines } from './commands/suggest';
import { runCli } from '../testing/cli';
import { loadWordNet, synonyms, wordNetDir, type WordNet } from './wordnet';

const root = new URL('../../', import.meta.url);

/** Runs the CLI on in-memory files; returns output, exit code and the files written. */
const run = (argv: string[], files: Record<string, string>, wordNet?: () => Promise<WordNet | null>) =>
  runCli(argv, files, { loadWordNet: wordNet });

const entry = (id: string, question: string, extra: object = {}) => ({
  id,
  question,
  answer: `About ${question}`,
  ...extra,
});
const kb = {
  $schema: './schema.json',
  entries: [
    entry('refund', 'Can I get a refund for my purchase?', { alternates: ['Money back'] }),
    entry('delivery', 'How long does delivery take?'),
    entry('returns', 'How do I return a purchase?'),
    entry('returns-2', 'How can I return a purchase?'),
  ],
};
const files = { 'kb.json': JSON.stringify(kb) };
const noWordNet = async () => null;

describe('faq-chat build', () => {
  it('writes the file as written plus a compiled block, and reports entries too close to tell apart', async () => {
    const r = await run(['build', 'kb.json', '-o', 'out.json', '--no-wordnet', '--no-vectors'], files);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.written['out.json']);
    expect(out.$schema).toBe('./schema.json');
    expect(out.entries).toEqual(kb.entries);
    expect(out.compiled).toEqual({ version: 1, generator: expect.stringMatching(/^faq-chat \d/), expansions: {} });
    expect(r.stdout).toContain('out.json: 4 entries, 0 expansion words added, 1 close pair');
    expect(r.stdout).toContain('Hard to tell apart (asked as faq-chat ask would, matching by words only):');
    expect(r.stdout).toMatch(
      /entries 'returns(-2)?' and 'returns(-2)?' are hard to tell apart \(both use "return", "purchase"\): "How (do|can) I return a purchase\?" \(returns(-2)?\) gets/,
    );
    expect(r.stderr).toBe('');
  });

  it('without WordNet installed prints one line how to install it and still writes the file', async () => {
    const r = await run(['build', 'kb.json', '--out=out.json'], files, noWordNet);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`[faq-chat] ${NO_WORDNET}\n`);
    expect(JSON.parse(r.written['out.json']).compiled.expansions).toEqual({});
  });

  it('replaces an out-of-date compiled block instead of refusing the file', async () => {
    const stale = JSON.stringify({ ...kb, compiled: { version: 1, generator: 'x', expansions: { gone: ['a'] } } });
    const r = await run(['build', 'kb.json', '-o', 'out.json', '--no-wordnet'], { 'kb.json': stale });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.written['out.json']).compiled.expansions).toEqual({});
  });

  it('exits 1 with the problems and writes nothing when the knowledge base is invalid', async () => {
    const r = await run(['build', 'kb.json', '-o', 'out.json', '--no-wordnet'], {
      'kb.json': '{"entries": [{"id": "a"}]}',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[faq-chat] kb.json: entries[0].question: is missing');
    expect(r.stderr).toContain('fix them, then build again');
    expect(r.written).toEqual({});
  });

  it('exits 2 without -o, naming the option', async () => {
    const r = await run(['build', 'kb.json'], files);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing -o <out.json>');
    expect((await run(['build', 'kb.json', '-o'], files)).stderr).toContain('--out needs a value');
  });

  it(`stores the search index from ${INDEX_FROM} entries, or when asked with --index; --no-index leaves it out`, async () => {
    const small = await run(['build', 'kb.json', '-o', 'out.json', '--no-wordnet'], files);
    expect(JSON.parse(small.written['out.json']).compiled.index).toBeUndefined();
    expect(small.stdout).not.toContain('search index');

    const asked = await run(['build', 'kb.json', '-o', 'out.json', '--no-wordnet', '--no-vectors', '--index'], files);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('close pair, search index included');
    const text = asked.written['out.json'];
    // Indented like the rest of the file, except the index itself: one line, not one per number.
    expect(text).toMatch(/\n {4}"index": \{"v":\d+,"h":-?\d+,"t":\["refund",.*\]\}\n {2}\}\n\}\n$/);
    const shipped = checkKnowledge(JSON.parse(text)).knowledge!;
    expect(shipped.compiled?.index?.h).toBe(fingerprint(shipped));
    expect((await run(['validate', 'out.json'], { 'out.json': text })).stdout).toContain('out.json: OK — 4 entries');

    const big = { entries: Array.from({ length: INDEX_FROM }, (_, i) => entry(`e${i}`, `How do I order item ${i}?`)) };
    const bigFiles = { 'big.json': JSON.stringify(big) };
    expect(
      JSON.parse((await run(['build', 'big.json', '-o', 'out.json', '--no-wordnet'], bigFiles)).written['out.json'])
        .compiled.index.a,
    ).toHaveLength(INDEX_FROM);
    expect(
      JSON.parse(
        (await run(['build', 'big.json', '-o', 'out.json', '--no-wordnet', '--no-index'], bigFiles)).written[
          'out.json'
        ],
      ).compiled.index,
    ).toBeUndefined();
  });

  it('exits 2 when given both --index and --no-index', async () => {
    const r = await run(['build', 'kb.json', '-o', 'out.json', '--index', '--no-index'], files);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--index and --no-index contradict each other');
    expect(r.written).toEqual({});
  });

  it.runIf(wordNetDir() !== null)(
    'with WordNet adds synonyms the matcher then uses, never the entry’s own words',
    async () => {
      const r = await run(['build', 'kb.json', '-o', 'out.json'], files);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.written['out.json']) as KnowledgeBase;
      const words = Object.values(out.compiled?.expansions ?? {}).flat();
      expect(words.length).toBeGreaterThan(0);
      expect(out.compiled?.expansions.delivery ?? []).not.toContain('delivery');
      for (const list of Object.values(out.compiled?.expansions ?? {})) expect(list.length).toBeLessThanOrEqual(30);
      expect(r.stdout).toMatch(/\d+ expansion words? added \(WordNet\)/);
    },
  );
});

describe.runIf(wordNetDir() !== null)('WordNet', () => {
  it('gives the most common sense’s synonyms of the word’s main part of speech, skipping ambiguous words', async () => {
    const wn = (await loadWordNet()) as WordNet;
    expect(synonyms(wn, 'purchase')).toContain('buy');
    expect(synonyms(wn, 'shipping')).toContain('transportation');
    // "long" is mostly an adjective ("how long"): not "yearn".
    expect(synonyms(wn, 'long')).not.toContain('yearn');
    // "get" has dozens of senses: too ambiguous to expand.
    expect(synonyms(wn, 'get')).toEqual([]);
  });
});

describe('faq-chat suggest-alternates', () => {
  const messages = 'Can I get a refund for my purchase?\n\nreturn purchase\nqqq zzz\nqqq zzz\n';
  const withMessages = { ...files, 'm.txt': messages };
  const matcher = createMatcher(kb as KnowledgeBase);

  it('groups messages by their most likely entry, as alternates to paste, with answered and none apart', async () => {
    const r = await run(['suggest-alternates', 'kb.json', 'm.txt', '--lexical'], withMessages);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('matcher: words only\n3 messages:');
    expect(matcher.match('Can I get a refund for my purchase?').status).toBe('answer');
    expect(r.stdout).toMatch(/already answered[^\n]*\n {2}\d\.\d\d {2}refund {2}Can I get a refund for my purchase\?/);
    expect(r.stdout).toMatch(/none [^\n]*\n {2}qqq zzz/);
    const json = JSON.parse(
      (await run(['suggest-alternates', 'kb.json', 'm.txt', '--json', '--lexical'], withMessages)).stdout,
    );
    expect(json.answered).toEqual([
      { text: 'Can I get a refund for my purchase?', id: 'refund', confidence: expect.any(Number) },
    ]);
    expect(json.none.map((n: { text: string }) => n.text)).toEqual(['qqq zzz']);
    // "return purchase" fits two entries equally, so the widget only offers choices: the best one gets it as an alternate.
    expect(matcher.match('return purchase').status).toBe('suggest');
    expect(Object.keys(json.entries)).toHaveLength(1);
    expect(Object.values(json.entries)[0]).toEqual([{ text: 'return purchase', confidence: expect.any(Number) }]);
    expect(r.stdout).toMatch(
      /returns(-2)? — "How (do|can) I return a purchase\?" \(1 message\)\n {2}\d\.\d\d {2}return purchase\n.*\n {4}"return purchase"/,
    );
  });

  it('exits 2 for an empty or missing messages file', async () => {
    const empty = await run(['suggest-alternates', 'kb.json', 'm.txt'], { ...files, 'm.txt': '\n \n' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('m.txt has no messages; put one visitor message per line');
    const missing = await run(['suggest-alternates', 'kb.json', 'nope.txt'], files);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read nope.txt: no such file');
  });

  it('reads one message per line, skipping blank lines and repeats', () => {
    expect(messageLines('a\r\n\n A \nb')).toEqual(['a', 'b']);
  });
});

describe('--explain', () => {
  const synonymKb = JSON.stringify({
    synonyms: [['baa', 'business associate agreement']],
    entries: [
      entry('refund', 'Can I get a refund?'),
      entry('baa', 'Will you sign a BAA?'),
      entry('order', 'Where is my order?'),
    ],
  });

  it('names the synonym group a concept stands for and shows typo corrections', async () => {
    const f = { 'kb.json': synonymKb };
    const money = await run(['ask', 'kb.json', 'i want my money back', '--explain'], f);
    expect(money.stdout).toContain('"money back" ≈ refund (built-in synonyms)');
    expect(money.stdout).not.toMatch(/#\d/);
    const baa = await run(['ask', 'kb.json', 'do you sign a business associate agreement', '--explain'], f);
    expect(baa.stdout).toContain('≈ baa (your synonyms)');
    const typo = await run(['ask', 'kb.json', 'where is my ordr', '--explain'], f);
    expect(typo.stdout).toContain('typos corrected: ordr → order');
    expect(typo.stdout).toContain('"ordr" in question (typo: ordr → order)');
  });
});

describe('the default knowledge base', () => {
  it('builds without problems', async () => {
    const faq = readFileSync(new URL('knowledge/faq.json', root), 'utf8');
    const r = await run(['build', 'faq.json', '-o', 'out.json', '--no-wordnet'], { 'faq.json': faq });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.written['out.json']).compiled.version).toBe(1);
  });
});
