/**
 * Edits of the knowledge file as the owner wrote it: plain JSON objects whose unknown fields and key order are kept.
 * Changing a field keeps its place; a new field goes last; an optional field left empty is removed.
 */

/** A JSON object as parsed (the file, an entry, a cta). */
export type Json = Record<string, unknown>;

/** The values that mean "not set" for an optional field. */
const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

/** `obj` with `key` set to `value` in its place (last when new); removed when `value` is empty and `optional`. */
export function withField(obj: Json, key: string, value: unknown, optional = true): Json {
  if (optional && isEmpty(value)) {
    if (!(key in obj)) return obj;
    const { [key]: _gone, ...rest } = obj;
    return rest;
  }
  return { ...obj, [key]: value };
}

/** The file's entries (an empty list when it has none or they are not a list). */
export const entriesOf = (doc: Json): Json[] => (Array.isArray(doc.entries) ? (doc.entries as Json[]) : []);

/** `doc` with its entries replaced. */
export const withEntries = (doc: Json, entries: Json[]): Json => withField(doc, 'entries', entries, false);

/** `doc` with entry `i` changed by `change`. */
export function editEntry(doc: Json, i: number, change: (e: Json) => Json): Json {
  const entries = [...entriesOf(doc)];
  entries[i] = change(entries[i] ?? {});
  return withEntries(doc, entries);
}

/** An id no entry uses yet: `base`, else `base-2`, `base-3`… */
export function freeId(doc: Json, base: string): string {
  const used = new Set(entriesOf(doc).map((e) => e.id));
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** An id made of a question's first words, e.g. "do-you-ship-abroad". */
export const idFrom = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .split(/[\s_-]+/)
    .slice(0, 5)
    .join('-') || 'entry';

/** `doc` with a new entry inserted at `at` (the end by default); returns the document and the entry's index. */
export function insertEntry(doc: Json, entry: Json, at = entriesOf(doc).length): { doc: Json; index: number } {
  const entries = [...entriesOf(doc)];
  entries.splice(at, 0, entry);
  return { doc: withEntries(doc, entries), index: at };
}

/** `doc` without entry `i`. */
export const removeEntry = (doc: Json, i: number): Json =>
  withEntries(
    doc,
    entriesOf(doc).filter((_, j) => j !== i),
  );

/** `doc` with entry `i` moved by `by` places (clamped); returns its new index. */
export function moveEntry(doc: Json, i: number, by: number): { doc: Json; index: number } {
  const entries = [...entriesOf(doc)];
  const to = Math.max(0, Math.min(entries.length - 1, i + by));
  const [moved] = entries.splice(i, 1);
  entries.splice(to, 0, moved);
  return { doc: withEntries(doc, entries), index: to };
}

/** A copy of entry `i` right after it, with a fresh id. */
export function duplicateEntry(doc: Json, i: number): { doc: Json; index: number } {
  const entry = entriesOf(doc)[i];
  const copy = { ...structuredClone(entry), id: freeId(doc, `${String(entry.id ?? 'entry')}-copy`) };
  return insertEntry(doc, copy, i + 1);
}

/** `doc` with `text` added to entry `i`'s alternates (unless it already has it, ignoring case). */
export function addAlternate(doc: Json, i: number, text: string): Json {
  return editEntry(doc, i, (e) => {
    const list = Array.isArray(e.alternates) ? (e.alternates as string[]) : [];
    if (list.some((a) => typeof a === 'string' && a.toLowerCase() === text.toLowerCase())) return e;
    return withField(e, 'alternates', [...list, text]);
  });
}

/** Splits a list typed one item per line. */
export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** Splits a list typed with commas. */
export const commaList = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
