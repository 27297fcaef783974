/**
 * Visitor questions from a file: a cases file ([{"q", "expect"}], as `faq-chat eval` reads it), a CSV of the widget's
 * `faq-chat:unanswered` / `faq-chat:question` events exported from analytics (a `text` column; `expect` optional),
 * or plain text (one question per line).
 */
import { parse } from 'csv-parse/browser/esm/sync';
import type { KnowledgeBase } from '../../engine/types';
import { parseCases } from '../../eval/cases';
import { formatProblems } from '../../lint/validate';

/** Questions, with the entry each should get when the file says so (null: the bot should decline). */
export interface Loaded {
  texts: string[];
  expected: Map<string, string | null>;
}

function fromCsv(text: string, name: string): Loaded {
  const rows = parse(text, {
    bom: true,
    columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
    skip_empty_lines: true,
    relax_column_count: true,
  }) as Record<string, string>[];
  if (rows.length && !('text' in rows[0]))
    throw new Error(
      `${name} has no "text" column: its columns are ${Object.keys(rows[0])
        .map((c) => `"${c}"`)
        .join(', ')}`,
    );
  const expected = new Map<string, string | null>();
  const texts: string[] = [];
  for (const row of rows) {
    const q = (row.text ?? '').trim();
    if (!q) continue;
    texts.push(q);
    if (row.expect !== undefined) expected.set(q, row.expect.trim() || null);
  }
  return { texts, expected };
}

function fromCases(json: unknown, kb: KnowledgeBase | null, name: string): Loaded {
  if (!kb)
    throw new Error(`fix the knowledge file's errors first: ${name}'s expected ids are checked against its entries`);
  const parsed = parseCases(json, kb);
  if ('problems' in parsed) throw new Error(`${name} has problems:\n${formatProblems(parsed.problems)}`);
  return { texts: parsed.cases.map((c) => c.q), expected: new Map(parsed.cases.map((c) => [c.q, c.expect])) };
}

/** The questions in a file the owner chose; an Error that names the file and what is wrong. */
export function readQuestions(text: string, name: string, kb: KnowledgeBase | null): Loaded {
  if (/\.json$/i.test(name)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new Error(`${name} is not valid JSON (${(e as Error).message})`);
    }
    return fromCases(json, kb, name);
  }
  if (/\.csv$/i.test(name)) return fromCsv(text, name);
  return {
    texts: text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
    expected: new Map(),
  };
}
