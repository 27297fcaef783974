/** What an importer found: the entries in order, and what it had to leave out. */

/** One question and answer as found, before ids are given. */
export interface Found {
  question: string;
  /** The answer in the widget's markdown subset. */
  answer: string;
  id?: string;
  alternates?: string[];
  keywords?: string[];
}

/** An importer's result; `notes` counts what was dropped or changed, by "noun|what" (e.g. "answer|had images, dropped"). */
export interface Imported {
  format: 'CSV' | 'Markdown' | 'HTML';
  title?: string;
  found: Found[];
  notes: Map<string, number>;
}

/** Counts one note: `noun` is what is counted ("answer", "row"; '' for a note said once), `what` happened to it. */
export const note = (notes: Map<string, number>, noun: string, what: string): void => {
  const key = `${noun}|${what}`;
  notes.set(key, (notes.get(key) ?? 0) + 1);
};

/** A failure to import: `code` 1 when the file was read but holds no questions, 2 when it cannot be read at all. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}
