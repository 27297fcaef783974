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
  strings,
  text,
  unknownKey,
  type Ctx,
} from './validate-fields';
import type { Entry } from '../engine/types';

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
  if (s !== undefined && /\s/.test(s)) report(ctx, path, M.idSpace(describe(s), dashed(s)));
  return s;
}

/** The usable entry, or null (after reporting why) when it cannot be used. */
export function validateEntry(ctx: Ctx, v: unknown, index: number): Entry | null {
  const path = at('entries', index);
  if (!isObject(v)) {
    report(ctx, path, M.type('an object such as {"id": "…", "question": "…", "answer": "…"}', describe(v)));
    return null;
  }
  const e: Partial<Entry> = {};
  let usable = true;
  const need = <T>(value: T | undefined): T | undefined => {
    if (value === undefined) usable = false;
    return value;
  };
  for (const key of Object.keys(v)) {
    const value = v[key];
    const p = at(path, key);
    if (value === undefined) continue;
    switch (key) {
      case 'id':
        e.id = need(id(ctx, value, p));
        break;
      case 'question':
        e.question = need(text(ctx, value, p));
        break;
      case 'answer':
        e.answer = need(markdown(ctx, value, p));
        break;
      case 'alternates':
        e.alternates = strings(ctx, value, p);
        break;
      case 'keywords':
        e.keywords = strings(ctx, value, p);
        break;
      case 'followUps':
        e.followUps = refs(ctx, value, p, v.id);
        break;
      case 'cta':
        e.cta = cta(ctx, value, p);
        break;
      default:
        unknownKey(ctx, key, p, ENTRY_KEYS);
    }
  }
  for (const key of Object.keys(REQUIRED) as (keyof typeof REQUIRED)[]) {
    if (v[key] === undefined) {
      report(ctx, at(path, key), M.missing(REQUIRED[key]));
      usable = false;
    }
  }
  // As in the widget, the first usable entry with an id keeps it; a later one is dropped.
  const first = e.id === undefined ? undefined : ctx.usable.get(e.id);
  if (first !== undefined) {
    report(ctx, at(path, 'id'), M.duplicateId(e.id!, first));
    usable = false;
  } else if (usable) ctx.usable.set(e.id!, index);
  if (!usable) return null;
  for (const key of Object.keys(e) as (keyof Entry)[]) if (e[key] === undefined) delete e[key];
  return e as Entry;
}
