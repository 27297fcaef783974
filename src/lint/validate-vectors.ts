/**
 * Validation of the entry vectors `faq-chat build` stores in the compiled block. Every problem is a warning:
 * the widget and the CLI ignore such a block and encode the entries themselves, so it never breaks anything.
 */
import { describe } from './messages';
import { isScore, readVectors, vectorsFingerprint } from '../engine/semantic/stored';
import { CALIBRATION_VERSION } from '../engine/calibrate/calibration';
import { isObject } from './validate-fields';
import type { KnowledgeBase } from '../engine/types';

const IGNORED =
  "so faq-chat ignores them and encodes the entries' questions and answers itself (slower to start); rebuild with `faq-chat build`";

/** Messages about the stored entry vectors. */
export const VECTORS_M = {
  shape: (what: string) => `the entry vectors are damaged: ${what}, ${IGNORED}`,
  model: (got: string, want: string) =>
    `the entry vectors were made by another sentence encoder (${JSON.stringify(got)}; this faq-chat's is ${JSON.stringify(want)}), ${IGNORED}`,
  calibration: (what: string) =>
    `the stored calibration ${what}, so faq-chat measures it again in each visitor's browser (slower to start); rebuild with \`faq-chat build\``,
  stale: `the entry vectors are out of date: the entries or their answers changed after \`faq-chat build\` made them, ${IGNORED}`,
};

/**
 * What is wrong with the stored entry vectors, if anything: a damaged block, another model (when `model`,
 * the installed encoder's fingerprint, is known), or entries changed since.
 */
export function vectorsProblem(kb: KnowledgeBase, model?: string): string | undefined {
  const s: unknown = kb.compiled?.vectors;
  if (s === undefined) return undefined;
  if (!isObject(s))
    return VECTORS_M.shape(`"vectors" must be an object {"m", "h", "d", "v", "a"} (got ${describe(s)})`);
  if (typeof s.m !== 'string' || !s.m) return VECTORS_M.shape(`"m" must name the model (got ${describe(s.m)})`);
  if (!Number.isInteger(s.h)) return VECTORS_M.shape(`"h" must be an integer fingerprint (got ${describe(s.h)})`);
  if (!Number.isInteger(s.d) || (s.d as number) < 1)
    return VECTORS_M.shape(`"d" must be the number of values per vector (got ${describe(s.d)})`);
  if (!Array.isArray(s.v) || !s.v.every((x) => typeof x === 'string'))
    return VECTORS_M.shape(`"v" must be an array of base64 strings (got ${describe(s.v)})`);
  if (!Array.isArray(s.a) || !s.a.every((x) => typeof x === 'string'))
    return VECTORS_M.shape(`"a" must be an array of base64 strings, one per answer (got ${describe(s.a)})`);
  if (model !== undefined && s.m !== model) return VECTORS_M.model(s.m, model);
  if (s.h !== vectorsFingerprint(kb)) return VECTORS_M.stale;
  if (!readVectors(kb, s.m)) {
    return VECTORS_M.shape(
      `"v" must hold, per entry, ${s.d} values for its question and each alternate, and "a" ${s.d} for its answer (${s.v.length} and ${s.a.length} strings for ${kb.entries.length} entries)`,
    );
  }
  return undefined;
}

/** What is wrong with the stored calibration, if anything: a damaged object, or one measured by another version. */
export function calibrationProblem(kb: KnowledgeBase): string | undefined {
  const c: unknown = kb.compiled?.vectors?.calibration;
  if (c === undefined) return undefined;
  const shape = '{"scope", "scoreScope": numbers from -1.5 to 1, "version"}';
  if (!isObject(c)) return VECTORS_M.calibration(`must be ${shape} (got ${describe(c)})`);
  if (c.version !== CALIBRATION_VERSION)
    return VECTORS_M.calibration(
      `was measured by another version of faq-chat (${describe(c.version)}; this one's is ${CALIBRATION_VERSION})`,
    );
  for (const key of ['scope', 'scoreScope'])
    if (!isScore(c[key])) return VECTORS_M.calibration(`must be ${shape} (got ${describe(c[key])} for "${key}")`);
  return undefined;
}
