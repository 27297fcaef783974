/** The CLI tells the truth: build's warnings agree with ask, suggest-alternates ignores answer words, ask --explain does not misadvise. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/cli';

const root = new URL('../../', import.meta.url);
const FAQ = readFileSync(new URL('knowledge/faq.json', root), 'utf8');

/** Each phrasing build names as confused, with the entry it belongs to. */
const confused = (stdout: string): [string, string][] =>
  [...stdout.matchAll(/"([^"]+)" \(([\w-]+)\) gets/g)].map((m) => [m[1], m[2]]);

describe('build: "hard to tell apart" agrees with ask', () => {
  for (const [label, flags, askFlags] of [
    ['by words (--no-vectors, ask --lexical)', ['--no-vectors'], ['--lexical']],
    ['by meaning + words (stored vectors, ask)', [], []],
  ] as const) {
    it(label, async () => {
      const built = await runCli(['build', 'faq.json', '-o', 'out.json', '--no-wordnet', ...flags], {
        'faq.json': FAQ,
      });
      expect(built.code).toBe(0);
      const named = confused(built.stdout);
      // Every phrasing build names is one ask does not answer with its own entry…
      for (const [text, id] of named) {
        const asked = await runCli(['ask', 'out.json', text, '--json', ...askFlags], {
          'out.json': built.written['out.json'],
        });
        const result = JSON.parse(asked.stdout);
        expect(result.status === 'answer' && result.id === id, `${text} → ${asked.stdout}`).toBe(false);
      }
      // …and every question ask answers with its own entry goes unnamed.
      const kb = JSON.parse(FAQ) as { entries: { id: string; question: string }[] };
      for (const e of kb.entries.slice(0, 12)) {
        const asked = JSON.parse(
          (
            await runCli(['ask', 'out.json', e.question, '--json', ...askFlags], {
              'out.json': built.written['out.json'],
            })
          ).stdout,
        );
        if (asked.status === 'answer' && asked.id === e.id) expect(named.map(([t]) => t)).not.toContain(e.question);
      }
    });
  }

  it('no longer warns about "How much does it cost?", which ask answers with pricing', async () => {
    const built = await runCli(['build', 'faq.json', '-o', 'out.json', '--no-wordnet', '--no-vectors'], {
      'faq.json': FAQ,
    });
    const asked = JSON.parse(
      (
        await runCli(['ask', 'out.json', 'How much does it cost?', '--json', '--lexical'], {
          'out.json': built.written['out.json'],
        })
      ).stdout,
    );
    expect(asked).toMatchObject({ status: 'answer', id: 'pricing' });
    expect(built.stdout).not.toContain('How much does it cost?');
  });
});

describe('suggest-alternates never proposes a message on the words of an answer alone', () => {
  for (const flags of [['--lexical'], []]) {
    it(`"can I get a demo" is not proposed for accuracy (whose answer says "demo") ${flags.join(' ') || 'by meaning + words'}`, async () => {
      const r = await runCli(['suggest-alternates', 'faq.json', 'm.txt', '--json', ...flags], {
        'faq.json': FAQ,
        'm.txt': 'can I get a demo\n',
      });
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.entries.accuracy).toBeUndefined();
      expect(out.answered.map((a: { id: string }) => a.id)).not.toContain('accuracy');
    });
  }
});

describe('ask prints what the visitor sees', () => {
  const kb = {
    cta: { label: 'Book a demo', url: 'https://cal.com/acme/demo' },
    smallTalk: { thanks: 'Any time!' },
    entries: [
      { id: 'pricing', question: 'How much does it cost?', answer: 'From **$29** a month.', followUps: ['refunds'] },
      {
        id: 'refunds',
        question: 'Can I get a refund?',
        answer: 'Yes, within 30 days.',
        cta: { label: 'Ask billing', url: 'https://acme.example/billing' },
      },
    ],
  };
  const files = { 'kb.json': JSON.stringify(kb) };

  it('the answer, its booking button and its follow-up questions', async () => {
    const r = await runCli(['ask', 'kb.json', 'How much does it cost?', '--lexical'], files);
    expect(r.stdout).toMatch(
      /^Answer: pricing \(confidence \d\.\d\d\)\nQ: How much does it cost\?\n\nFrom \$29 a month\.\n\nRelated questions\n {2}1\. Can I get a refund\? \(refunds\)\n\nBooking button \(footer\): \[Book a demo\] → https:\/\/cal\.com\/acme\/demo\n$/,
    );
  });

  it("an entry's own booking button", async () => {
    const r = await runCli(['ask', 'kb.json', 'Can I get a refund?', '--lexical'], files);
    expect(r.stdout).toContain('\n\n[Ask billing] → https://acme.example/billing\n');
    expect(r.stdout).toContain('Booking button (footer): [Book a demo] → https://cal.com/acme/demo');
  });

  it("small talk: the reply text, built-in or the file's own, with the booking button", async () => {
    const own = await runCli(['ask', 'kb.json', 'thanks!', '--lexical'], files);
    expect(own.stdout).toBe(
      'Small talk (thanks, your "smallTalk" reply):\n\nAny time!\n\nBooking button (footer): [Book a demo] → https://cal.com/acme/demo\n',
    );
    const builtIn = await runCli(['ask', 'kb.json', 'hello', '--lexical'], files);
    expect(builtIn.stdout).toBe(
      'Small talk (greeting, the built-in reply):\n\nHello! What would you like to know?\n\nBooking button (footer): [Book a demo] → https://cal.com/acme/demo\n',
    );
  });

  it('"Did you mean": the choices by their questions, then "None of these", and the booking button', async () => {
    const r = await runCli(['ask', 'faq.json', 'retention', '--lexical'], { 'faq.json': FAQ });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Did you mean…');
    expect(lines.slice(1, -2).every((l, i) => l.startsWith(`  ${i + 1}. `))).toBe(true);
    expect(lines.at(-3)).toMatch(/^ {2}\d\. None of these \(shows the fallback\)$/);
    expect(lines.at(-1)).toBe(
      'Booking button (footer): [Book a free 30-min call] → https://cal.com/keelwright/strategy-call',
    );
  });

  it('the fallback text the widget shows, built-in when the file has none', async () => {
    const r = await runCli(['ask', 'kb.json', 'qqqq zzzz', '--lexical'], files);
    expect(r.stdout).toBe(
      'No confident match; the widget says (its built-in fallback; set "fallback" to write your own):\n\nSorry, I don\'t know that one. Our team can help.\n\nBooking button (footer): [Book a demo] → https://cal.com/acme/demo\n',
    );
  });
});

describe('ask --explain on a message nothing should answer', () => {
  it('says nothing covers it and shows how to add an entry, without advising alternates', async () => {
    const r = await runCli(['ask', 'faq.json', 'what is the weather in paris tomorrow', '--explain', '--lexical'], {
      'faq.json': FAQ,
    });
    expect(r.stdout).toContain('No confident match');
    expect(r.stdout).not.toMatch(/add them to an entry's alternates/);
    expect(r.stdout).toContain('No entry covers this message');
    expect(r.stdout).toContain('If it should be covered, add an entry for it');
    expect(r.stdout).toContain('"question":"what is the weather in paris tomorrow"');
  });

  it('still advises alternates for unknown words of a message that an entry answers', async () => {
    const kb = JSON.stringify({
      entries: [{ id: 'pricing', question: 'How much does it cost?', answer: 'From $29.' }],
    });
    const r = await runCli(['ask', 'kb.json', 'how much does it cost qqqq', '--explain', '--lexical'], {
      'kb.json': kb,
    });
    expect(r.stdout).toMatch(/unknown words: qqqq \(no entry contains them: add them to an entry's alternates/);
  });
});
