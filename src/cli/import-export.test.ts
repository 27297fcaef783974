import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/cli';

const fixture = (name: string) => readFileSync(new URL(`import/fixtures/${name}`, import.meta.url), 'utf8');

describe('faq-chat import', () => {
  it('writes a valid knowledge file and says what it found and dropped', async () => {
    const r = await runCli(['import', 'faq.html', '-o', 'kb.json'], { 'faq.html': fixture('faq-jsonld.html') });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe(
      'Wrote kb.json. Next: add your booking link ("cta": {"label": "Book a call", "url": "https://…"}), check it with faq-chat validate kb.json, and try it: faq-chat ask kb.json "<a visitor\'s question>"',
    );
    expect(r.stdout.split('\n')[0]).toBe(
      '3 questions from faq.html (HTML); 1 JSON-LD block was not valid JSON, skipped; 1 answer had nested lists, flattened; 1 answer had images, dropped.',
    );
    expect(JSON.parse(r.written['kb.json']).entries.map((e: { id: string }) => e.id)).toEqual([
      'refund-policy',
      'plans-include-sso',
      'free-tier',
    ]);
    const valid = await runCli(['validate', 'kb.json'], { 'kb.json': r.written['kb.json'] });
    expect(valid).toMatchObject({ code: 0, stdout: 'kb.json: OK — 3 entries\n' });
  });

  it('prints the JSON on stdout without -o, and the report on stderr', async () => {
    const r = await runCli(['import', 'faq.csv'], { 'faq.csv': fixture('spreadsheet.csv') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).entries).toHaveLength(4);
    expect(r.stderr).toBe(
      '[faq-chat] 4 questions from faq.csv (CSV); column "Category" ignored; 1 row without an answer, skipped\n',
    );
  });

  it('never writes an empty knowledge file: one line and exit 1 when there are no questions', async () => {
    const r = await runCli(['import', 'notes.md', '-o', 'kb.json'], { 'notes.md': '# Notes\n\nNothing here.\n' });
    expect(r).toMatchObject({ code: 1, stdout: '', written: {} });
    expect(r.stderr).toBe(
      '[faq-chat] notes.md has no questions to import: found no "##" or "###" headings with text under them\n',
    );
  });

  it('exits 2 with one line for a file it cannot read, a spreadsheet not saved as CSV, or an existing --out file', async () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['import', 'missing.csv'], {}, /^\[faq-chat\] cannot read missing\.csv: no such file\n$/],
      [
        ['import', 'faq.xlsx'],
        { 'faq.xlsx': 'PK\u0003\u0004' },
        /^\[faq-chat\] cannot import faq\.xlsx: faq-chat imports CSV, Markdown and HTML; save it as CSV/,
      ],
      [
        ['import', 'faq.csv'],
        { 'faq.csv': 'question,answer\nCaf\uFFFD?,Oui\n' },
        /^\[faq-chat\] cannot import faq\.csv: it is not valid UTF-8 .*save it as "CSV UTF-8"/,
      ],
      [
        ['import', 'faq.txt'],
        { 'faq.txt': '\uFFFD\uFFFDq\u0000u\u0000' },
        /^\[faq-chat\] cannot import faq\.txt: it is not UTF-8 text \(a binary file, or UTF-16/,
      ],
      [
        ['import', 'faq.csv', '-o', 'kb.json'],
        { 'faq.csv': 'question,answer\nA?,B\n', 'kb.json': '{}' },
        /^\[faq-chat\] kb\.json already exists; choose another -o file, or add --force to replace it\n$/,
      ],
    ];
    for (const [argv, files, message] of cases) {
      const r = await runCli(argv, files);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.written).toEqual({});
    }
    const forced = await runCli(['import', 'faq.csv', '-o', 'kb.json', '--force'], {
      'faq.csv': 'question,answer\nA?,B\n',
      'kb.json': '{}',
    });
    expect(forced.code).toBe(0);
  });
});

describe('faq-chat export --jsonld', () => {
  it('prints FAQPage JSON-LD in a script element, answers as escaped simple HTML', async () => {
    const kb = {
      entries: [
        {
          id: 'a',
          question: 'Is <b> safe?',
          answer: 'Yes, **always**:\n\n- [docs](https://x.example/?a=1&b=2)\n- <script>alert(1)</script>',
        },
      ],
    };
    const r = await runCli(['export', 'kb.json', '--jsonld'], { 'kb.json': JSON.stringify(kb) });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<script type="application/ld+json">\n')).toBe(true);
    expect(r.stdout.endsWith('\n</script>\n')).toBe(true);
    const json = JSON.parse(r.stdout.slice(r.stdout.indexOf('\n') + 1, r.stdout.lastIndexOf('</script>')));
    expect(json).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'Is <b> safe?',
          acceptedAnswer: {
            '@type': 'Answer',
            text: '<p>Yes, <strong>always</strong>:</p><ul><li><a href="https://x.example/?a=1&amp;b=2">docs</a></li><li>&lt;script&gt;alert(1)&lt;/script&gt;</li></ul>',
          },
        },
      ],
    });
    // Nothing in an answer can end the script early.
    expect(r.stdout.slice(40, -12)).not.toMatch(/<\/|<!--/);
  });
});

describe('round trip: import → validate → export → import', () => {
  it('gives back the same questions and answers', async () => {
    for (const name of ['faq-jsonld.html', 'faq-microdata.html', 'faq.md', 'spreadsheet.csv']) {
      const ext = name.slice(name.lastIndexOf('.'));
      const imported = await runCli(['import', `in${ext}`, '-o', 'kb.json'], { [`in${ext}`]: fixture(name) });
      expect(imported.code).toBe(0);
      const kbText = imported.written['kb.json'];
      expect((await runCli(['validate', 'kb.json'], { 'kb.json': kbText })).code).toBe(0);
      const exported = await runCli(['export', 'kb.json', '--jsonld'], { 'kb.json': kbText });
      expect(exported.code).toBe(0);
      const again = await runCli(['import', 'page.html', '-o', 'again.json'], {
        'page.html': `<html><head>${exported.stdout}</head></html>`,
      });
      expect(again.code).toBe(0);
      const pairs = (text: string) =>
        JSON.parse(text).entries.map((e: { question: string; answer: string }) => [e.question, e.answer]);
      expect(pairs(again.written['again.json'])).toEqual(pairs(kbText));
    }
  });
});
