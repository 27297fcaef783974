import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../engine/knowledge/markdown';
import { importMarkdown } from './markdown';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

describe('importMarkdown', () => {
  const { title, found, notes } = importMarkdown(fixture('faq.md'));

  it('takes ## and ### headings as questions, the text under each as its answer, in order; the first # as the title', () => {
    expect(title).toBe('Acme Help Center');
    expect(found.map((f) => f.question)).toEqual([
      'How much does it cost?',
      'Which payment methods do you accept?',
      'How do I export my data?',
    ]);
  });

  it('keeps the supported subset and drops what the widget cannot show', () => {
    expect(found[0].answer).toBe(
      'Plans start at **$29** a month. See [pricing](https://acme.example/pricing) or our plans.',
    );
    // Nested lists flattened (the widget shows flat lists), "*" items joined to the "-" list, "1)" read as "1.".
    expect(found[1].answer).toBe(
      'We accept:\n\n- Cards\n- Visa\n- Mastercard\n- Bank transfer\n\n1. Invoice (annual plans only)',
    );
    expect(parseMarkdown(found[1].answer).map((b) => b.type)).toEqual(['p', 'ul', 'ol']);
  });

  it('does not read headings inside code blocks, unquotes quotes, turns a #### heading into bold, and links bare URLs', () => {
    expect(found[2].answer).toBe(
      'Run this:\n\n## not a heading\nexport --all\n\nExports include every invoice.\n\n**Formats**\n\nCSV or JSON, see [https://acme.example/docs](https://acme.example/docs).',
    );
  });

  it('counts what it dropped, and skips section headings with no text', () => {
    expect(Object.fromEntries(notes)).toEqual({
      'heading|with no text under it (a section title?), skipped': 1,
      'answer|had links that were not absolute http(s), mailto or tel, kept as text': 1,
      'answer|had images, dropped': 1,
      'answer|had nested lists, flattened': 1,
      'answer|had code blocks, kept as plain text': 1,
    });
  });

  it("reads CRLF files with a BOM, and Google Docs' escapes", () => {
    const r = importMarkdown('\uFEFF## Is it **free**\\?\r\n\r\nYes\\. 100\\% free\\!\r\n');
    expect(r.found).toEqual([{ question: 'Is it free?', answer: 'Yes. 100% free!' }]);
  });

  it('finds nothing in a file without ## or ### headings', () => {
    expect(importMarkdown('# Title\n\nJust text.\n').found).toEqual([]);
  });
});
