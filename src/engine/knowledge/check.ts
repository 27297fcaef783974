/**
 * checkKnowledge: the one definition of what the widget uses from a knowledge file. It keeps only what is safe
 * to use and says, with its JSON path, why anything was dropped. The author's linter (lint/validate.ts, behind
 * `faq-chat validate`) takes its usable knowledge base from here and adds the explanations: did-you-mean, unknown
 * keys, link warnings. It stays small because every visitor downloads it.
 */
import type { Cta, Entry, KnowledgeBase, ValidationProblem } from '../types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const texts = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter(isText) : undefined);

// Browsers, workers and Node all have URL; the engine is compiled without the DOM's and Node's types (tsconfig.json here).
declare const URL: new (url: string) => unknown;

/** An absolute http(s) URL that parses: the only kind a booking button may open. */
export function isHttpUrl(v: unknown): v is string {
  if (typeof v !== 'string' || !/^https?:\/\/[^\s/?#][^\s]*$/i.test(v)) return false;
  try {
    new URL(v);
    return true;
  } catch {
    return false;
  }
}

/** Records a problem at a JSON path; returns undefined, so that `return bad(…)` drops what it reports. */
type Report = (path: string, message: string) => undefined;
/** Checks the booking link at `path`: the link, or undefined (reported unless it is absent). */
type CheckCta = (v: unknown, path: string) => Cta | undefined;

const ctaChecker =
  (bad: Report): CheckCta =>
  (v, path) => {
    if (v === undefined) return undefined;
    // Spaces around a pasted link are a slip, not a different link.
    const url = isObj(v) && typeof v.url === 'string' ? v.url.trim() : '';
    if (isObj(v) && isText(v.label) && isHttpUrl(url)) return { label: v.label, url };
    bad(path, 'must be an object with a "label" and an absolute http(s) "url"');
    return undefined;
  };

/** The entry at `path`, or undefined (reported) when it is unusable; `seen` holds the ids earlier entries took. */
function checkEntry(e: unknown, path: string, seen: Set<string>, bad: Report, cta: CheckCta): Entry | undefined {
  if (!isObj(e)) return bad(path, 'must be an object');
  for (const key of ['id', 'question', 'answer'] as const)
    if (!isText(e[key])) return bad(`${path}.${key}`, 'must be a non-empty string');
  const id = e.id as string;
  // The first usable entry with an id keeps it.
  if (seen.has(id)) return bad(`${path}.id`, `must be unique ("${id}" is used by an earlier entry)`);
  seen.add(id);
  const entry: Entry = { id, question: e.question as string, answer: e.answer as string };
  for (const key of ['alternates', 'keywords', 'followUps'] as const) {
    const list = texts(e[key]);
    if (list) entry[key] = list;
  }
  const own = cta(e.cta, `${path}.cta`);
  if (own) entry.cta = own;
  return entry;
}

/** Adds the file's settings around the entries to `kb`: texts, booking link, references, synonyms, compiled index. */
function addSettings(kb: KnowledgeBase, json: Obj, seen: Set<string>, cta: CheckCta) {
  for (const key of ['title', 'greeting', 'fallback', 'locale'] as const)
    if (isText(json[key])) kb[key] = json[key] as string;
  const top = cta(json.cta, 'cta');
  if (top) kb.cta = top;
  // References lead only to entries that survived, each once, and never back to the entry they belong to.
  const refs = (ids: string[] | undefined, self?: string) =>
    ids && [...new Set(ids)].filter((id) => seen.has(id) && id !== self);
  kb.suggestions = refs(texts(json.suggestions));
  for (const e of kb.entries) e.followUps = refs(e.followUps, e.id);
  if (Array.isArray(json.synonyms))
    kb.synonyms = json.synonyms.map(texts).filter((g): g is string[] => !!g && g.length > 1);
  for (const key of ['strings', 'smallTalk'] as const) {
    const v = json[key];
    if (isObj(v))
      kb[key] = Object.fromEntries(Object.entries(v).filter(([, s]) => typeof s === 'string')) as Record<
        string,
        string
      >;
  }
  // Only format 1 is understood; its index and vectors are read (or ignored) by their own readers.
  const c = json.compiled;
  if (isObj(c) && c.version === 1)
    kb.compiled = { ...c, expansions: isObj(c.expansions) ? c.expansions : {} } as KnowledgeBase['compiled'];
}

/** The usable part of a knowledge file plus what was dropped and why. Never throws on JSON. */
export function checkKnowledge(json: unknown): { knowledge: KnowledgeBase | null; problems: ValidationProblem[] } {
  const problems: ValidationProblem[] = [];
  const bad: Report = (path, message) => void problems.push({ path, message });
  if (!isObj(json) || !Array.isArray(json.entries)) {
    bad('entries', 'must be an array of {"id", "question", "answer"} entries');
    return { knowledge: null, problems };
  }
  const cta = ctaChecker(bad);
  const seen = new Set<string>();
  const entries: Entry[] = [];
  json.entries.forEach((e: unknown, i) => {
    const entry = checkEntry(e, `entries[${i}]`, seen, bad, cta);
    if (entry) entries.push(entry);
  });
  if (!entries.length) {
    if (!problems.length) bad('entries', 'must not be empty');
    return { knowledge: null, problems };
  }
  const kb: KnowledgeBase = { entries };
  addSettings(kb, json, seen, cta);
  return { knowledge: kb, problems };
}
