/**
 * checkKnowledge: the guard the widget runs on a downloaded knowledge file. It keeps only what is safe
 * to use and says, with its JSON path, why anything was dropped. It is deliberately smaller than
 * validateKnowledge (the author's linter behind `faq-chat validate`, with did-you-mean, unknown keys
 * and link warnings): every byte here is paid by every visitor, while authors run the linter once.
 */
import type { Cta, Entry, KnowledgeBase, ValidationProblem } from '../types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const texts = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter(isText) : undefined);

/** An absolute http(s) URL: the only kind a booking button may open. */
export const isHttpUrl = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\/[^\s/?#][^\s]*$/i.test(v);

/** The usable part of a knowledge file plus what was dropped and why. Never throws. */
export function checkKnowledge(json: unknown): { knowledge: KnowledgeBase | null; problems: ValidationProblem[] } {
  const problems: ValidationProblem[] = [];
  const bad = (path: string, message: string): void => void problems.push({ path, message });
  if (!isObj(json) || !Array.isArray(json.entries)) {
    bad('entries', 'must be an array of {"id", "question", "answer"} entries');
    return { knowledge: null, problems };
  }
  const cta = (v: unknown, path: string): Cta | undefined => {
    if (v === undefined) return undefined;
    if (isObj(v) && isText(v.label) && isHttpUrl(v.url)) return { label: v.label, url: v.url };
    bad(path, 'must be an object with a "label" and an absolute http(s) "url"');
    return undefined;
  };
  const seen = new Set<string>();
  const entries: Entry[] = [];
  json.entries.forEach((e: unknown, i) => {
    const path = `entries[${i}]`;
    if (!isObj(e)) return bad(path, 'must be an object');
    for (const key of ['id', 'question', 'answer'] as const) if (!isText(e[key])) return bad(`${path}.${key}`, 'must be a non-empty string');
    const id = e.id as string;
    if (seen.has(id)) return bad(`${path}.id`, `must be unique ("${id}" is used by an earlier entry)`);
    seen.add(id);
    const entry: Entry = { id, question: e.question as string, answer: e.answer as string };
    for (const key of ['alternates', 'keywords', 'followUps'] as const) {
      const list = texts(e[key]);
      if (list) entry[key] = list;
    }
    const own = cta(e.cta, `${path}.cta`);
    if (own) entry.cta = own;
    entries.push(entry);
  });
  if (!entries.length) {
    if (!problems.length) bad('entries', 'must not be empty');
    return { knowledge: null, problems };
  }
  const kb: KnowledgeBase = { entries };
  for (const key of ['title', 'greeting', 'fallback', 'locale'] as const) if (isText(json[key])) kb[key] = json[key] as string;
  const top = cta(json.cta, 'cta');
  if (top) kb.cta = top;
  // References may only lead to entries that survived.
  const known = (ids?: string[]) => ids?.filter((id) => seen.has(id));
  kb.suggestions = known(texts(json.suggestions));
  for (const e of entries) e.followUps = known(e.followUps);
  if (Array.isArray(json.synonyms)) kb.synonyms = json.synonyms.map(texts).filter((g): g is string[] => !!g && g.length > 1);
  for (const key of ['strings', 'smallTalk'] as const) {
    const v = json[key];
    if (isObj(v)) kb[key] = Object.fromEntries(Object.entries(v).filter(([, s]) => typeof s === 'string')) as Record<string, string>;
  }
  if (isObj(json.compiled) && isObj(json.compiled.expansions)) kb.compiled = json.compiled as unknown as KnowledgeBase['compiled'];
  return { knowledge: kb, problems };
}
