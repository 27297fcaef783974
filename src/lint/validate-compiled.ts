/** Validation of the `compiled` block that `faq-chat build` adds to a knowledge file. */
import { closest } from './closest';
import { writeIndex } from '../build/compile-index';
import { ANALYZER_VERSION, fingerprint, readIndex } from '../engine/knowledge/index-format';
import { describe, M, quote } from './messages';
import { at, isObject, report, strings, text, unknownKey, type Ctx } from './validate-fields';
import type { KnowledgeBase } from '../engine/types';

/** The keys a compiled block may have. */
export const COMPILED_KEYS = ['version', 'generator', 'expansions', 'index', 'vectors'] as const;

const REBUILD = 'run `faq-chat build` again on the source file rather than editing this block';

/** Messages about the compiled block (it is machine-written, so each says to rebuild). */
export const COMPILED_M = {
  version: (got: string) => `must be 1, the only compiled format this widget reads (got ${got}); ${REBUILD}`,
  staleId: (id: string, near?: string) =>
    `no entry has the id ${quote(id)}${near === undefined ? '' : ` (did you rename ${quote(near)}?)`}: the compiled block is out of date; ${REBUILD}`,
  missing: `is missing: ${REBUILD}`,
  type: (expected: string, got: string) => `${M.type(expected, got)}; ${REBUILD}`,
  indexType: (got: string) =>
    `must be the search index \`faq-chat build\` writes, an object (got ${got}), so the widget ignores it and indexes the entries in each visitor's browser; ${REBUILD}`,
  indexVersion: (got: string) =>
    `the search index was made by a faq-chat with another text analyser (version ${got}, this one reads ${ANALYZER_VERSION}), ` +
    `so the widget ignores it and indexes the entries in each visitor's browser; ${REBUILD}`,
  indexStale:
    `the search index is out of date: the entries or synonyms changed after \`faq-chat build\` made it, ` +
    `so the widget ignores it and indexes the entries in each visitor's browser; ${REBUILD}`,
  indexDamaged:
    `the search index is damaged (a field is missing, cut short or of the wrong type), ` +
    `so the widget ignores it and indexes the entries in each visitor's browser; ${REBUILD}`,
  indexWrong:
    `the search index does not match the entries: they, their expansions or the index were edited after \`faq-chat build\`, ` +
    `and the widget still reads it, so it may rank answers by the old text; ${REBUILD}`,
};

/**
 * What is wrong with the knowledge base's precomputed search index, if anything: made by another analyser,
 * stale (entries changed since), damaged (readIndex, the widget's reader, refuses it), or readable but different
 * from what `faq-chat build` would write now (edited by hand).
 */
export function indexProblem(kb: KnowledgeBase): string | undefined {
  const stored: unknown = kb.compiled?.index;
  if (stored === undefined) return undefined;
  if (!isObject(stored)) return COMPILED_M.indexType(describe(stored));
  if (stored.v !== ANALYZER_VERSION) return COMPILED_M.indexVersion(describe(stored.v));
  if (stored.h !== fingerprint(kb)) return COMPILED_M.indexStale;
  if (!readIndex(kb)) return COMPILED_M.indexDamaged;
  const fresh: Record<string, unknown> = { ...writeIndex(kb) };
  const keys = Object.keys(fresh);
  const same =
    Object.keys(stored).length === keys.length &&
    keys.every((k) => JSON.stringify(stored[k]) === JSON.stringify(fresh[k]));
  return same ? undefined : COMPILED_M.indexWrong;
}

/**
 * Reports the problems of a compiled block: version 1, a generator name, expansions keyed by existing entry ids.
 * Its index and vectors are checked against the entries once they are known (indexProblem, vectorsProblem).
 */
export function compiled(ctx: Ctx, v: unknown, path: string): void {
  if (!isObject(v)) {
    report(ctx, path, COMPILED_M.type('an object written by `faq-chat build`', describe(v)));
    return;
  }
  for (const key of Object.keys(v)) {
    const p = at(path, key);
    if (key === 'version') {
      if (v.version !== 1) report(ctx, p, COMPILED_M.version(describe(v.version)));
    } else if (key === 'generator') text(ctx, v.generator, p);
    else if (key === 'expansions') expansions(ctx, v.expansions, p);
    else if (key !== 'index' && key !== 'vectors') unknownKey(ctx, key, p, COMPILED_KEYS);
  }
  for (const key of COMPILED_KEYS) {
    if (v[key] === undefined && key !== 'index' && key !== 'vectors') report(ctx, at(path, key), COMPILED_M.missing);
  }
}

/** Expansions: word lists keyed by the id of an existing entry (a stale id means the block is out of date). */
function expansions(ctx: Ctx, v: unknown, path: string): void {
  if (!isObject(v)) {
    report(ctx, path, COMPILED_M.type('an object of word lists keyed by entry id', describe(v)));
    return;
  }
  for (const [id, list] of Object.entries(v)) {
    const q = at(path, id);
    if (ctx.ids.has(id)) strings(ctx, list, q);
    else {
      ctx.idList ??= [...ctx.ids.keys()];
      report(ctx, q, COMPILED_M.staleId(id, closest(id, ctx.idList, ctx.budget)));
    }
  }
}
