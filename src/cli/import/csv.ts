/** CSV to entries: a header row with `question` and `answer` columns, optional `id`, `alternates`, `keywords` (items split by "|"). */
import { parse } from 'csv-parse/sync';
import { htmlToMarkdown } from './html';
import { ImportError, note, type Found, type Imported } from './result';

const COLUMNS = ['id', 'question', 'answer', 'alternates', 'keywords'] as const;

/** The delimiter of the header row: spreadsheets in many locales save ";" (or tabs) when the comma is the decimal mark. */
function delimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

/** Cells exported from a CMS often hold the answer's HTML; the widget would show its tags as text. */
const HTML = /<\/?(p|br|ul|ol|li|strong|b|em|i|a|div|span|h[1-6])\b[^>]*>/i;

const list = (cell: string | undefined): string[] | undefined => {
  const items = (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
};

/** Parses a spreadsheet's CSV (BOM, CRLF, quoted commas, quotes and line breaks inside cells). `name` names the file in errors. */
export function importCsv(text: string, name: string): Imported {
  let rows: string[][];
  try {
    rows = parse(text, {
      bom: true,
      delimiter: delimiter(text.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    throw new ImportError(`${name} is not readable CSV: ${(error as Error).message}`, 2);
  }
  const [header = [], ...body] = rows;
  const names = header.map((h) => h.trim().toLowerCase());
  const at = Object.fromEntries(COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  const missing = (['question', 'answer'] as const).filter((c) => at[c] < 0);
  if (missing.length) {
    const had = header.length ? `its first row has ${header.map((h) => JSON.stringify(h)).join(', ')}` : 'it is empty';
    throw new ImportError(
      `${name} has no ${missing.map((m) => `"${m}"`).join(' or ')} column: ${had}. Put a header row with "question" and "answer" (optional: "id", "alternates", "keywords")`,
      1,
    );
  }
  const notes = new Map<string, number>();
  const unknown = header.filter((_, i) => names[i] && !(COLUMNS as readonly string[]).includes(names[i]));
  if (unknown.length)
    note(notes, '', `column${unknown.length > 1 ? 's' : ''} ${unknown.map((h) => `"${h}"`).join(', ')} ignored`);
  const found: Found[] = [];
  for (const row of body) {
    const cell = (c: (typeof COLUMNS)[number]) => (at[c] >= 0 ? (row[at[c]] ?? '').trim() : '');
    const question = cell('question');
    const answer = cell('answer').replace(/\r\n?/g, '\n');
    if (!question && !answer) continue;
    if (!question || !answer) {
      note(notes, 'row', `without ${question ? 'an answer' : 'a question'}, skipped`);
      continue;
    }
    let markdown = answer;
    if (HTML.test(answer)) {
      const converted = htmlToMarkdown(answer);
      markdown = converted.markdown;
      note(notes, 'answer', "was HTML, converted to the widget's markdown");
      for (const d of converted.dropped) note(notes, 'answer', d);
      if (!markdown) continue;
    }
    found.push({
      question,
      answer: markdown,
      id: cell('id') || undefined,
      alternates: list(cell('alternates')),
      keywords: list(cell('keywords')),
    });
  }
  return { format: 'CSV', found, notes };
}
