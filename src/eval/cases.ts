/** parseCases: checks an eval-cases file (labelled questions) against a knowledge base. */
import { closest } from '../lint/closest';
import type { EvalCase } from './evaluate';
import { describe, M } from '../lint/messages';
import { at, isObject, report, text, unknownKey, type Ctx } from '../lint/validate-fields';
import type { KnowledgeBase, ValidationProblem } from '../engine/types';

const CASE_KEYS = ['q', 'expect'] as const;
const FILE_KEYS = ['$schema', 'cases'] as const;

/** The cases, or every problem (with its JSON path) when the file cannot be used as it is. */
export function parseCases(
  json: unknown,
  kb: KnowledgeBase,
): { cases: EvalCase[] } | { problems: ValidationProblem[] } {
  const ctx: Ctx = { problems: [], ids: new Map(), usable: new Map(), budget: { left: 2_000_000 } };
  const ids = kb.entries.map((e) => e.id);
  const known = new Set(ids);
  let list: unknown = json;
  let base = '';
  if (isObject(json)) {
    for (const key of Object.keys(json))
      if (!(FILE_KEYS as readonly string[]).includes(key)) unknownKey(ctx, key, at('', key), FILE_KEYS);
    list = json.cases;
    base = 'cases';
  }
  if (!Array.isArray(list)) {
    report(ctx, base, M.casesRoot(describe(list)));
    return { problems: ctx.problems };
  }
  const cases: EvalCase[] = [];
  list.forEach((c: unknown, i) => {
    const path = at(base, i);
    if (!isObject(c))
      return report(ctx, path, M.type('an object such as {"q": "…", "expect": "pricing"}', describe(c)));
    for (const key of Object.keys(c))
      if (!(CASE_KEYS as readonly string[]).includes(key)) unknownKey(ctx, key, at(path, key), CASE_KEYS);
    const q =
      c.q === undefined ? report(ctx, at(path, 'q'), M.missing('the visitor question')) : text(ctx, c.q, at(path, 'q'));
    const expect = c.expect;
    if (expect === undefined) report(ctx, at(path, 'expect'), M.missing('the expected entry id, or null'));
    else if (expect !== null && typeof expect !== 'string') report(ctx, at(path, 'expect'), M.expect(describe(expect)));
    else if (expect !== null && !known.has(expect))
      report(ctx, at(path, 'expect'), M.unknownId(expect, closest(expect, ids, ctx.budget)));
    else if (typeof q === 'string') cases.push({ q, expect });
  });
  return ctx.problems.length ? { problems: ctx.problems } : { cases };
}
