/** Validation of one knowledge entry. */
import { M, describe } from './messages';
import {
  at,
  cta,
  dashed,
  isObject,
  markdown,
  refs,
  report,
  reportWarning,
  strings,
  text,
  unknownKey,
  type Ctx,
} from './validate-fields';

/** The keys an entry may have, in the order the docs list them. */
export const ENTRY_KEYS = ['id', 'question', 'answer', 'alternates', 'keywords', 'followUps', 'cta'] as const;

const REQUIRED = {
  id: 'a unique id without spaces, e.g. "pricing"',
  question: 'the question as visitors would ask it',
  answer: 'the answer text (markdown)',
} as const;

/** Records the first index of every entry's id string, so references can be checked in one pass. */
export function collectIds(entries: unknown[], ids: Map<string, number>): void {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (isObject(e) && typeof e.id === 'string' && e.id.trim() && !ids.has(e.id)) ids.set(e.id, i);
  }
}

function id(ctx: Ctx, v: unknown, path: string): string | undefined {
  const s = text(ctx, v, path);
  // The widget uses such an entry; only references written by hand and event data get awkward.
  if (s !== undefined && /\s/.test(s)) reportWarning(ctx, path, M.idSpace(describe(s), dashed(s)));
  return s;
}

/**
 * Reports every problem of one entry. What the widget keeps is decided by checkKnowledge; this only explains it,
 * and records the entry's id in `ctx.usable` when the entry is usable, so a later entry with the same id is a duplicate.
 */
export function validateEntry(ctx: Ctx, v: unknown, index: number): void {
  const path = at('entries', index);
  if (!isObject(v)) {
    report(ctx, path, M.type('an object such as {"id": "…", "question": "…", "answer": "…"}', describe(v)));
    return;
  }
  let entryId: string | undefined;
  let usable = true;
  for (const key of Object.keys(v)) {
    const value = v[key];
    const p = at(path, key);
    if (value === undefined) continue;
    if (key === 'id') entryId = id(ctx, value, p);
    else if (key === 'question' || key === 'answer') {
      if ((key === 'question' ? text : markdown)(ctx, value, p) === undefined) usable = false;
    } else if (!field(ctx, key, value, p, v.id)) unknownKey(ctx, key, p, ENTRY_KEYS);
  }
  if (entryId === undefined) usable = false;
  for (const key of Object.keys(REQUIRED) as (keyof typeof REQUIRED)[]) {
    if (v[key] === undefined) {
      report(ctx, at(path, key), M.missing(REQUIRED[key]));
      usable = false;
    }
  }
  // As in the widget, the first usable entry with an id keeps it; a later one is dropped.
  const first = entryId === undefined ? undefined : ctx.usable.get(entryId);
  if (entryId !== undefined && first !== undefined) {
    report(ctx, at(path, 'id'), M.duplicateId(entryId, first));
  } else if (entryId !== undefined && usable) ctx.usable.set(entryId, index);
}

/** Checks one of an entry's optional fields; false when `key` is not one. */
function field(ctx: Ctx, key: string, value: unknown, path: string, self: unknown): boolean {
  if (key === 'alternates' || key === 'keywords') strings(ctx, value, path);
  else if (key === 'followUps') refs(ctx, value, path, self);
  else if (key === 'cta') cta(ctx, value, path);
  else return false;
  return true;
}
