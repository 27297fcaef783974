/** Validation of the `compiled` block that `faq-chat build` adds to a knowledge file. */
import { closest } from './closest';
import { writeIndex } from '../build/compile-index';
import { ANALYZER_VERSION, fingerprint, readIndex } from '../engine/knowledge/index-format';
import { describe, M, quote, WARNING } from './messages';
import { at, isObject, report, strings, text, unknownKey, type Ctx } from './validate-fields';
import type { CompiledData, CompiledIndex, CompiledVectors, KnowledgeBase } from '../engine/types';

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
    `${WARNING}must be the search index \`faq-chat build\` writes, an object (got ${got}), so the widget ignores it and indexes the entries in each visitor's browser; ${REBUILD}`,
  indexVersion: (got: string) =>
    `${WARNING}the search index was made by a faq-chat with another text analyser (version ${got}, this one reads ${ANALYZER_VERSION}), ` +
    `so the widget ignores it and indexes the entries in each visitor's browser; ${REBUILD}`,
  indexStale:
    `${WARNING}the search index is out of date: the entries or synonyms changed after \`faq-chat build\` made it, ` +
    `so the widget ignores it and indexes the entries in each visitor's browser; ${REBUILD}`,
  indexDamaged:
    `${WARNING}the search index is damaged (a field is missing, cut short or of the wrong type), ` +
    `so the widget ignores it and indexes the entries in each visitor's browser; ${REBUILD}`,
  indexWrong:
    `${WARNING}the search index does not match the entries: they, their expansions or the index were edited after \`faq-chat build\`, ` +
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

/** A compiled block: version 1, a generator name, expansions keyed by existing entry ids; stale ids are reported and dropped. */
export function compiled(ctx: Ctx, v: unknown, path: string): CompiledData | undefined {
  if (!isObject(v)) {
    report(ctx, path, COMPILED_M.type('an object written by `faq-chat build`', describe(v)));
    return undefined;
  }
  let ok = true;
  let generator: string | undefined;
  let index: CompiledIndex | undefined;
  let vectors: CompiledVectors | undefined;
  const expansions: Record<string, string[]> = Object.create(null);
  for (const key of Object.keys(v)) {
    const p = at(path, key);
    if (key === 'version') {
      if (v.version !== 1) {
        report(ctx, p, COMPILED_M.version(describe(v.version)));
        ok = false;
      }
    } else if (key === 'generator') generator = text(ctx, v.generator, p);
    // Checked against the entries once they are known (indexProblem).
    else if (key === 'index') index = v.index as CompiledIndex;
    // Likewise checked against the entries (vectorsProblem).
    else if (key === 'vectors') vectors = v.vectors as CompiledVectors;
    else if (key === 'expansions') {
      if (!isObject(v.expansions)) {
        report(ctx, p, COMPILED_M.type('an object of word lists keyed by entry id', describe(v.expansions)));
        continue;
      }
      for (const [id, list] of Object.entries(v.expansions)) {
        const q = at(p, id);
        if (!ctx.ids.has(id)) {
          report(ctx, q, COMPILED_M.staleId(id, closest(id, (ctx.idList ??= [...ctx.ids.keys()]), ctx.budget)));
          continue;
        }
        const words = strings(ctx, list, q);
        if (words) expansions[id] = words;
      }
    } else unknownKey(ctx, key, p, COMPILED_KEYS);
  }
  for (const key of COMPILED_KEYS) {
    if (v[key] === undefined && key !== 'index' && key !== 'vectors') {
      report(ctx, at(path, key), COMPILED_M.missing);
      if (key === 'version') ok = false;
    }
  }
  // An unknown format version may mean anything: the widget then matches without it.
  if (!ok) return undefined;
  const block: CompiledData = { version: 1, generator: generator ?? 'unknown', expansions: { ...expansions } };
  if (index !== undefined) block.index = index;
  if (vectors !== undefined) block.vectors = vectors;
  return block;
}
