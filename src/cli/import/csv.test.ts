import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from './csv';
import { ImportError } from './result';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

describe('importCsv', () => {
  it('reads a spreadsheet\'s "Save as CSV": BOM, CRLF, quoted commas, doubled quotes, line breaks in cells', () => {
    const { found, notes } = importCsv(fixture('spreadsheet.csv'), 'faq.csv');
    expect(found.map((f) => f.question)).toEqual([
      'How much does it cost, per month?',
      'Do you offer a "free" trial?',
      'How do I contact support?',
      'Is it 5" wide?',
    ]);
    expect(found[0]).toEqual({
      question: 'How much does it cost, per month?',
      answer: 'Plans start at $29, billed monthly.\n\nSee **pricing** for details.',
      alternates: ['How much is it?', 'What are your prices?'],
      keywords: ['price', 'cost'],
      id: undefined,
    });
    expect(found[1].answer).toBe('Yes: 14 days, no card needed.');
    expect([...notes]).toEqual([
      ['|column "Category" ignored', 1],
      ['row|without an answer, skipped', 1],
    ]);
  });

  it('reads semicolon-separated files (spreadsheets where the comma is the decimal mark) and keeps given ids', () => {
    const { found } = importCsv(fixture('semicolon.csv'), 'faq.csv');
    expect(found).toMatchObject([
      { question: 'Wie viel kostet es?', answer: 'Ab 29,00 € im Monat; jederzeit kündbar.', id: undefined },
      { question: 'Do you sign a BAA?', id: 'baa' },
    ]);
  });

  it('matches header names in any case and with spaces around them', () => {
    expect(importCsv(' ANSWER , Question \nYes.,Is it free?\n', 'x.csv').found).toEqual([
      { question: 'Is it free?', answer: 'Yes.', id: undefined, alternates: undefined, keywords: undefined },
    ]);
  });

  it('names the missing column and the columns it found', () => {
    const error = (() => {
      try {
        importCsv('Frage,Antwort\nA,B\n', 'faq.csv');
      } catch (e) {
        return e as ImportError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect(error?.code).toBe(1);
    expect(error?.message).toBe(
      'faq.csv has no "question" or "answer" column: its first row has "Frage", "Antwort". Put a header row with "question" and "answer" (optional: "id", "alternates", "keywords")',
    );
  });

  it('rejects a file that is not CSV with exit code 2', () => {
    expect(() => importCsv('question,answer\n"a,b\n', 'x.csv')).toThrow(/x\.csv is not readable CSV/);
  });
});

describe('importCsv: answers exported from a CMS as HTML', () => {
  it('converts them to the markdown subset and says so', () => {
    const { found, notes } = importCsv(
      'question,answer\nWhat is it?,"<p>A <strong>tool</strong>.</p><ul><li>Fast</li></ul><img src=x.png>"\n',
      'cms.csv',
    );
    expect(found[0].answer).toBe('A **tool**.\n\n- Fast');
    expect(Object.fromEntries(notes)).toEqual({
      "answer|was HTML, converted to the widget's markdown": 1,
      'answer|had images, dropped': 1,
    });
  });
});
