/** Checks for the individual fields of a knowledge file; each reports problems and returns the usable value. */
import { isHttpUrl } from '../engine/knowledge/check';
import { closest, type Budget } from './closest';
import { parseMarkdown } from '../engine/knowledge/markdown';
import { describe, M, WARNING } from './messages';
import type { Cta, ValidationProblem } from '../engine/types';

/** The running state of one validation. */
export interface Ctx {
  problems: ValidationProblem[];
  /** First index of every entry id string in the file (valid or not), for references. */
  ids: Map<string, number>;
  /** Index of the entry that holds each id in the widget: the first usable one (a later one is a duplicate). */
  usable: Map<string, number>;
  idList?: string[];
  budget: Budget;
}

/** A JSON object (not null, not an array). */
export type Obj = Record<string, unknown>;

/** True for a JSON object. */
export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Records one error: the value is not used. */
export const report = (ctx: Ctx, path: string, message: string): void => {
  ctx.problems.push({ path, message });
};

/** Records one warning: the value is used as it is, or safely ignored. Its message starts with "warning: ". */
export const reportWarning = (ctx: Ctx, path: string, message: string): void => {
  ctx.problems.push({ path, message: WARNING + message, severity: 'warning' });
};

/** `path.key`, `path[3]` or `path["odd key"]`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/** Reports a key the format does not know, suggesting the near-miss the author probably meant. */
export function unknownKey(ctx: Ctx, key: string, path: string, allowed: readonly string[]): void {
  report(ctx, path, M.unknownKey(key, allowed, closest(key, allowed, ctx.budget)));
}

/** A non-empty string. */
export function text(ctx: Ctx, v: unknown, path: string): string | undefined {
  if (typeof v !== 'string') report(ctx, path, M.type('a non-empty string', describe(v)));
  else if (!v.trim()) report(ctx, path, M.blank(describe(v)));
  else return v;
  return undefined;
}

/** A string of markdown whose links are checked (unsafe ones become plain text in the widget). */
export function markdown(ctx: Ctx, v: unknown, path: string): string | undefined {
  const s = text(ctx, v, path);
  if (s !== undefined) parseMarkdown(s, (href) => reportWarning(ctx, path, M.link(href)));
  return s;
}

/** An array of non-empty strings; bad items are reported and dropped. */
export function strings(ctx: Ctx, v: unknown, path: string): string[] | undefined {
  if (!Array.isArray(v)) {
    report(ctx, path, M.type('an array of strings', describe(v)));
    return undefined;
  }
  const out: string[] = [];
  for (let i = 0; i < v.length; i++) {
    const s = text(ctx, v[i], at(path, i));
    if (s !== undefined) out.push(s);
  }
  return out;
}

/** An array of entry ids; unknown ids are reported (with a did-you-mean) and dropped. Each path is the item's place in the file. */
export function refs(ctx: Ctx, v: unknown, path: string, self?: unknown): string[] | undefined {
  if (!Array.isArray(v)) {
    report(ctx, path, M.type('an array of strings', describe(v)));
    return undefined;
  }
  const out = new Set<string>();
  for (let i = 0; i < v.length; i++) {
    const id = text(ctx, v[i], at(path, i));
    if (id === undefined) continue;
    if (id === self) report(ctx, at(path, i), M.selfReference(id));
    else if (ctx.ids.has(id)) out.add(id);
    else {
      ctx.idList ??= [...ctx.ids.keys()];
      report(ctx, at(path, i), M.unknownId(id, closest(id, ctx.idList, ctx.budget)));
    }
  }
  return [...out];
}

const CTA_KEYS = ['label', 'url'] as const;

/** A call to action: a label and an absolute http(s) URL. */
export function cta(ctx: Ctx, v: unknown, path: string): Cta | undefined {
  if (!isObject(v)) {
    report(ctx, path, M.type('an object such as {"label": "Book a call", "url": "https://…"}', describe(v)));
    return undefined;
  }
  let label: string | undefined;
  let url: string | undefined;
  for (const key of Object.keys(v)) {
    const p = at(path, key);
    if (key === 'label') label = text(ctx, v.label, p);
    else if (key === 'url') {
      // Trimmed as the widget trims it (checkKnowledge).
      if (typeof v.url === 'string' && isHttpUrl(v.url.trim())) url = v.url.trim();
      else report(ctx, p, M.url(describe(v.url)));
    } else unknownKey(ctx, key, p, CTA_KEYS);
  }
  if (v.label === undefined) report(ctx, at(path, 'label'), M.missing('the button text, e.g. "Book a call"'));
  if (v.url === undefined)
    report(ctx, at(path, 'url'), M.missing('the booking page, e.g. "https://cal.com/your-name"'));
  return label && url ? { label, url } : undefined;
}

/** Synonym groups: arrays of at least two words or phrases. */
export function synonyms(ctx: Ctx, v: unknown, path: string): string[][] | undefined {
  if (!Array.isArray(v)) {
    report(ctx, path, M.type('an array of word groups, e.g. [["baa", "business associate agreement"]]', describe(v)));
    return undefined;
  }
  const out: string[][] = [];
  for (let i = 0; i < v.length; i++) {
    const group: unknown = v[i];
    if (!Array.isArray(group) || group.length < 2) report(ctx, at(path, i), M.synonymGroup(describe(group)));
    else {
      const words = strings(ctx, group, at(path, i));
      if (words && words.length >= 2) out.push(words);
    }
  }
  return out;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** An object of string values, optionally limited to known keys. */
export function stringMap(
  ctx: Ctx,
  v: unknown,
  path: string,
  allowed?: readonly string[],
): Record<string, string> | undefined {
  if (!isObject(v)) {
    report(ctx, path, M.type('an object of texts, e.g. {"key": "text"}', describe(v)));
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const key of Object.keys(v)) {
    const p = at(path, key);
    if (allowed && !allowed.includes(key)) unknownKey(ctx, key, p, allowed);
    else if (FORBIDDEN.has(key)) report(ctx, p, M.forbiddenKey(key));
    else if (typeof v[key] !== 'string') report(ctx, p, M.type('a string', describe(v[key])));
    else out[key] = v[key] as string;
  }
  return out;
}

const LOCALE = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/** A BCP 47-looking language tag such as "en" or "en-GB". */
export function locale(ctx: Ctx, v: unknown, path: string): string | undefined {
  if (typeof v === 'string' && v.length <= 35 && LOCALE.test(v)) return v;
  const fixed = typeof v === 'string' ? v.trim().replace(/_/g, '-') : '';
  report(ctx, path, M.locale(describe(v), fixed.length <= 35 && LOCALE.test(fixed) ? fixed : undefined));
  return undefined;
}

/** The id with whitespace replaced, for the "use e.g." hint. */
export const dashed = (id: string): string => id.trim().replace(/\s+/g, '-');
