/** Validation of the `compiled` block that `faq-chat build` adds to a knowledge file. */
import { closest } from './closest';
import { describe, M, quote } from './messages';
import { at, isObject, report, strings, text, unknownKey, type Ctx } from './validate-fields';
import type { CompiledData } from './types';

/** The keys a compiled block may have. */
export const COMPILED_KEYS = ['version', 'generator', 'expansions'] as const;

const REBUILD = 'run `faq-chat build` again on the source file rather than editing this block';

/** Messages about the compiled block (it is machine-written, so each says to rebuild). */
export const COMPILED_M = {
  version: (got: string) => `must be 1, the only compiled format this widget reads (got ${got}); ${REBUILD}`,
  staleId: (id: string, near?: string) =>
    `no entry has the id ${quote(id)}${near === undefined ? '' : ` (did you rename ${quote(near)}?)`}: the compiled block is out of date; ${REBUILD}`,
  missing: `is missing: ${REBUILD}`,
  type: (expected: string, got: string) => `${M.type(expected, got)}; ${REBUILD}`,
};

/** A compiled block: version 1, a generator name, expansions keyed by existing entry ids; stale ids are reported and dropped. */
export function compiled(ctx: Ctx, v: unknown, path: string): CompiledData | undefined {
  if (!isObject(v)) {
    report(ctx, path, COMPILED_M.type('an object written by `faq-chat build`', describe(v)));
    return undefined;
  }
  let ok = true;
  let generator: string | undefined;
  const expansions: Record<string, string[]> = Object.create(null);
  for (const key of Object.keys(v)) {
    const p = at(path, key);
    if (key === 'version') {
      if (v.version !== 1) {
        report(ctx, p, COMPILED_M.version(describe(v.version)));
        ok = false;
      }
    } else if (key === 'generator') generator = text(ctx, v.generator, p);
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
    if (v[key] === undefined) {
      report(ctx, at(path, key), COMPILED_M.missing);
      if (key === 'version') ok = false;
    }
  }
  // An unknown format version may mean anything: the widget then matches without it.
  return ok ? { version: 1, generator: generator ?? 'unknown', expansions: { ...expansions } } : undefined;
}
