/** Picks the importer for a file: by its extension, else by its content. */
import { importCsv } from './csv';
import { importHtml } from './html';
import { importMarkdown } from './markdown';
import { ImportError, type Imported } from './result';

/** The formats `faq-chat import` reads, by extension. */
const BY_EXTENSION: Record<string, 'csv' | 'markdown' | 'html'> = {
  csv: 'csv',
  tsv: 'csv',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
};

/** The format of a file without a known extension: HTML when it starts with a tag, Markdown when it has headings, else CSV. */
function sniff(text: string): 'csv' | 'markdown' | 'html' {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return 'html';
  return /^ {0,3}#{2,3}[ \t]+\S/m.test(text) ? 'markdown' : 'csv';
}

/** The questions and answers of one file (or of the page at `url`); throws an ImportError when there are none. */
export function importFile(text: string, path: string, url?: string): Imported {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1].toLowerCase() ?? '';
  if (['json', 'xlsx', 'xls', 'ods', 'docx', 'doc', 'pdf', 'numbers'].includes(ext)) {
    const hint =
      ext === 'json'
        ? 'a JSON file is already a knowledge file: check it with faq-chat validate'
        : 'save it as CSV (spreadsheets), Markdown or HTML (documents) first';
    throw new ImportError(`cannot import ${path}: faq-chat imports CSV, Markdown and HTML; ${hint}`, 2);
  }
  if (text.includes('\u0000'))
    throw new ImportError(
      `cannot import ${path}: it is not UTF-8 text (a binary file, or UTF-16 such as Excel's "Unicode Text"); save it as "CSV UTF-8", Markdown or HTML first`,
      2,
    );
  if (text.includes('\uFFFD'))
    throw new ImportError(
      `cannot import ${path}: it is not valid UTF-8 (a spreadsheet's plain "CSV" may be saved as Windows-1252); save it as "CSV UTF-8" and import that`,
      2,
    );
  const format = url ? 'html' : (BY_EXTENSION[ext] ?? sniff(text));
  const imported =
    format === 'csv' ? importCsv(text, path) : format === 'html' ? importHtml(text, path, url) : importMarkdown(text);
  if (!imported.found.length) {
    const what = {
      csv: 'rows with both a question and an answer',
      markdown: '"##" or "###" headings with text under them',
      html: 'FAQPage questions with answers',
    }[format];
    throw new ImportError(`${path} has no questions to import: found no ${what}`, 1);
  }
  return imported;
}
