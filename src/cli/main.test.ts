import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../eval/evaluate';
import { createMatcher } from '../engine/match/match';
import { validateKnowledge } from '../lint/validate';
import type { KnowledgeBase } from '../engine/types';
import { main } from './main';
import { fakeSource } from '../testing/cli';

const root = new URL('../../', import.meta.url);
const FAQ = 'knowledge/faq.json';
const faq = validateKnowledge(JSON.parse(readFileSync(new URL(FAQ, root), 'utf8'))).knowledge as KnowledgeBase;

/** Runs the CLI with captured output and the fake encoder; `files` are served from memory, other paths from the repository. */
async function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: async (path) => (path in files ? files[path] : readFileSync(new URL(path, root), 'utf8')),
    writeFile: async () => {
      throw new Error('these commands write no files');
    },
    encoder: fakeSource(),
  });
  return { code, stdout, stderr };
}

const entry = (id: string, question: string) => ({ id, question, answer: `About ${question}` });
const tiny = JSON.stringify({
  entries: [entry('pricing', 'How much does it cost?'), entry('timeline', 'How long does a project take?')],
});
const tinyCases = JSON.stringify({
  cases: [
    { q: 'How much does it cost?', expect: 'pricing' },
    { q: 'qqqq zzzz xxxx', expect: 'timeline' },
    { q: 'vvvv wwww', expect: null },
  ],
});

describe('faq-chat --help and --version', () => {
  it('prints help with examples first and exit codes, on -h, --help and help', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith('Usage: faq-chat <command> [options]\n')).toBe(true);
      expect(r.stdout).toMatch(/Examples:\n {2}faq-chat import/);
      expect(r.stdout).toContain('2 cannot run');
      for (const command of ['import', 'validate', 'ask', 'eval', 'build', 'suggest-alternates', 'export'])
        expect(r.stdout).toMatch(new RegExp(`^  ${command} <`, 'm'));
    }
  });

  it('prints per-command help: a usage line, examples, its own options and exit codes', async () => {
    const exitOne: Record<string, boolean> = {
      import: true,
      validate: true,
      ask: false,
      eval: true,
      build: true,
      'suggest-alternates': false,
      export: false,
    };
    for (const command of Object.keys(exitOne)) {
      const r = await run([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: faq-chat ${command} <[^\n]+\n\nExamples:\n  faq-chat ${command} `));
      expect(r.stdout).toContain('  2  cannot run');
      expect(r.stdout.includes('\n  1  ')).toBe(exitOne[command]);
    }
    expect((await run(['ask', '--help'])).stdout).not.toContain('--min');
    expect((await run(['validate', '--help'])).stdout).not.toMatch(/--lexical|eval/);
    expect((await run(['help', 'eval'])).stdout).toContain('--min-correct N');
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('prints help on stderr and exits 2 without a command', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Commands:');
  });
});

describe('bad arguments exit 2 with one clear line on stderr', () => {
  it.each([
    [['evl', 'x'], 'unknown command "evl" — did you mean "eval"?'],
    [['--versoin'], 'unknown option "--versoin" — did you mean "--version"?'],
    [['validate'], 'missing <kb.json>; usage: faq-chat validate <kb.json>'],
    [['eval', FAQ], 'missing <cases.json>'],
    [['ask', FAQ, 'hi', '--jsn'], 'unknown option "--jsn" for "ask" — did you mean "--json"?'],
    [['validate', FAQ, 'extra'], 'unexpected argument "extra"'],
    [['eval', FAQ, 'c.json', '--min-correct', 'lots'], '--min-correct needs a percentage from 0 to 100'],
    [['eval', FAQ, 'c.json', '--min-correct'], '--min-correct needs a percentage'],
    [['ask', FAQ, 'hi', '--json=yes'], '--json takes no value'],
    [['validate', 'nope/missing.json'], 'cannot read nope/missing.json: no such file'],
    [['validate', 'src'], 'cannot read src: it is a directory'],
  ])('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`[faq-chat] ${message}`);
  });

  it('names the file, line and column of invalid JSON', async () => {
    const r = await run(['validate', 'kb.json'], { 'kb.json': '{\n  "entries": [],\n}' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\[faq-chat\] kb\.json is not valid JSON at line 3, column 1: /);
    expect((await run(['validate', 'kb.json'], { 'kb.json': '{"entries": [' })).stderr).toContain(
      'at line 1, column 14',
    );
    expect((await run(['validate', 'kb.json'], { 'kb.json': '' })).stderr).toContain('kb.json is empty');
  });
});

describe('faq-chat validate', () => {
  it('summarises a valid file in one line', async () => {
    const r = await run(['validate', FAQ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `${FAQ}: OK — ${faq.entries.length} entries, ${faq.suggestions?.length} suggestions, ${faq.synonyms?.length} synonym groups\n`,
    );
  });

  it('lists every problem with its path, then a count, and exits 1', async () => {
    const kb = JSON.stringify({
      entries: [
        entry('a', 'Q?'),
        { id: 'b', question: 'Q', anwser: 'x' },
        { ...entry('c', 'Q'), answer: '[x](javascript:y)' },
      ],
    });
    const r = await run(['validate', 'kb.json'], { 'kb.json': kb });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([
      'entries[1].anwser: unknown key "anwser" — did you mean "answer"?',
      'entries[1].answer: is missing: add the answer text (markdown)',
      expect.stringMatching(/^entries\[2\]\.answer: warning: the link target "javascript:y"/),
      'kb.json: 3 problems (2 errors, 1 warning); the widget would use 2 of 3 entries',
    ]);
  });

  it('prints the validation result as JSON with --json', async () => {
    const r = await run(['validate', 'kb.json', '--json'], { 'kb.json': '[]' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      valid: false,
      problems: [{ path: '', message: expect.stringContaining('(got an empty array)') }],
    });
  });
});

describe('faq-chat ask', () => {
  const question = faq.entries[0].question;

  it("prints exactly the MatchResult with --json (--lexical: the word matcher's)", async () => {
    const r = await run(['ask', FAQ, question, '--json', '--lexical']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify(createMatcher(faq).match(question))}\n`);
  });

  it('says what the widget would do, in words', async () => {
    const result = createMatcher(faq).match(question);
    const r = await run(['ask', FAQ, question]);
    expect(r.code).toBe(0);
    const expected = { answer: `Answer: ${result.id}`, suggest: 'Did you mean…', none: 'No confident match' }[
      result.status
    ];
    expect(r.stdout.startsWith(expected)).toBe(true);
  });

  it('joins an unquoted message and shows the fallback when nothing matches', async () => {
    const r = await run(['ask', 'kb.json', 'qqqq', 'zzzz'], {
      'kb.json': JSON.stringify({ ...JSON.parse(tiny), fallback: 'Ask **us**.' }),
    });
    expect(r.stdout).toBe(
      'No confident match; the widget says (your "fallback"):\n\nAsk us.\n\n(no booking button: the file has no "cta"; the script tag\'s data-cta-url can add one)\n',
    );
  });

  it('explains which words matched which entry, and the unknown words', async () => {
    const r = await run(['ask', 'kb.json', 'how much does it cost qqqq', '--explain'], { 'kb.json': tiny });
    expect(r.code).toBe(0);
    const e = createMatcher(JSON.parse(tiny) as KnowledgeBase).explain('how much does it cost qqqq');
    expect(r.stdout).toContain(`terms: ${e.terms.join(', ')}`);
    expect(r.stdout).toContain('unknown words: qqqq');
    expect(r.stdout).toMatch(
      /1\. pricing \(\d\.\d\d\) "How much does it cost\?"\n(\s+".+" .*in \w+.*\n)*\s+"cost" in question\n/,
    );
  });

  it('refuses a knowledge base with errors: lists them on stderr, exits 2', async () => {
    const r = await run(['ask', 'kb.json', 'hi'], { 'kb.json': '{"entries": [{"id": "a"}]}' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[faq-chat] kb.json: entries[0].question: is missing');
    expect(r.stderr).toContain('kb.json has 2 problems; fix it first (see: faq-chat validate kb.json)');
  });

  it('runs on a knowledge base with only warnings, listing them on stderr', async () => {
    const kb = JSON.stringify({ entries: [{ ...entry('a', 'Q?'), answer: '[x](ftp://y)' }] });
    const r = await run(['ask', 'kb.json', 'Q?', '--json'], { 'kb.json': kb });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: the link target "ftp://y"');
    expect(JSON.parse(r.stdout)).toHaveProperty('status');
  });
});

describe('faq-chat eval', () => {
  const files = { 'kb.json': tiny, 'cases.json': tinyCases };
  const report = evaluate(createMatcher(JSON.parse(tiny) as KnowledgeBase), JSON.parse(tinyCases).cases);

  it("prints the report as JSON with --json, exit 0; --lexical gives the word matcher's figures", async () => {
    const r = await run(['eval', 'kb.json', 'cases.json', '--json', '--lexical'], files);
    expect(r.code).toBe(0);
    // "How much does it cost?" ranks pricing first; the nonsense case ranks nothing.
    expect(JSON.parse(r.stdout)).toEqual({ matcher: 'words only', ...report, rank1: 50, rank3: 50 });
    expect(r.stderr).toBe('');
  });

  it('prints the four figures and each miss', async () => {
    const r = await run(['eval', 'kb.json', 'cases.json'], files);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 cases (2 in scope, 1 out of scope)');
    expect(r.stdout).toMatch(new RegExp(`correct +${report.correct.toFixed(1)}%`));
    expect(r.stdout).toMatch(new RegExp(`declined +${report.declined.toFixed(1)}%`));
    expect(r.stdout).toContain('"qqqq zzzz xxxx": expected timeline; ');
  });

  it('adds the explanation of each miss with --explain', async () => {
    const r = await run(['eval', 'kb.json', 'cases.json', '--explain'], files);
    expect(r.stdout).toMatch(
      /"qqqq zzzz xxxx": expected timeline; .*\n\s+terms: qqqq, zzzz, xxxx\n\s+unknown words: qqqq, zzzz, xxxx/,
    );
    const json = JSON.parse((await run(['eval', 'kb.json', 'cases.json', '--json', '--explain'], files)).stdout);
    expect(json.misses[0].explanation.unknown).toEqual(['qqqq', 'zzzz', 'xxxx']);
  });

  it('exits 1 and names the bar when --min-*/--max-* is not met, 0 when it is', async () => {
    const failed = await run(
      ['eval', 'kb.json', 'cases.json', '--min-correct', '100', `--max-wrong=${report.wrong}`],
      files,
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe(`[faq-chat] correct is ${report.correct}%, below --min-correct 100\n`);
    const met = await run(
      [
        'eval',
        'kb.json',
        'cases.json',
        '--min-correct',
        String(report.correct),
        '--min-helpful',
        '0',
        '--min-declined',
        '0',
        '--max-wrong',
        '100',
      ],
      files,
    );
    expect(met.code).toBe(0);
  });

  it('refuses an invalid cases file with path-specific problems, exit 2', async () => {
    const r = await run(['eval', 'kb.json', 'cases.json'], {
      'kb.json': tiny,
      'cases.json': '[{"q": "x", "expect": "pricng"}]',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '[faq-chat] cases.json: [0].expect: no entry has the id "pricng" — did you mean "pricing"?',
    );
    expect(r.stderr).toContain('cases.json has 1 problem; fix them to run the evaluation');
  });

  it('runs the default knowledge base against its cases file', async () => {
    const r = await run(['eval', FAQ, 'knowledge/faq.cases.json', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).cases).toBeGreaterThan(0);
  });
});

describe('the built launcher', () => {
  it('node bin/faq-chat.js --help prints the help (main() directly until dist/cli.js is built)', async () => {
    const out = existsSync(new URL('dist/cli.js', root))
      ? execFileSync(process.execPath, ['bin/faq-chat.js', '--help'], { cwd: root, encoding: 'utf8' })
      : (await run(['--help'])).stdout;
    expect(out).toContain('Examples:');
  });
});
