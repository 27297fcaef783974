/**
 * validateKnowledge: every problem in a knowledge file, with its JSON path, plus the usable part. What is usable is
 * what the widget uses, so it comes from the widget's own check (checkKnowledge); this linter only explains it.
 */
import { checkKnowledge } from '../engine/knowledge/check';
import { describe, M } from './messages';
import { compiled, indexProblem } from './validate-compiled';
import { calibrationProblem, vectorsProblem } from './validate-vectors';
import { collectIds, validateEntry } from './validate-entry';
import {
  at,
  cta,
  isObject,
  locale,
  markdown,
  refs,
  report,
  reportWarning,
  stringMap,
  synonyms,
  text,
  unknownKey,
  type Ctx,
  type Obj,
} from './validate-fields';
import type { KnowledgeBase, SmallTalkKind, ValidationProblem, ValidationResult } from '../engine/types';

/** The top-level keys a knowledge file may have. */
export const TOP_KEYS = [
  '$schema',
  'title',
  'greeting',
  'fallback',
  'locale',
  'cta',
  'suggestions',
  'synonyms',
  'strings',
  'smallTalk',
  'entries',
  'compiled',
] as const;

/** The small-talk kinds a file may override replies for. */
export const SMALL_TALK_KINDS: readonly SmallTalkKind[] = ['greeting', 'thanks', 'bot', 'bye'];

const MISSING_ENTRIES = 'an "entries" array of {"id", "question", "answer"} objects';

function entries(ctx: Ctx, v: unknown): void {
  if (!Array.isArray(v)) {
    report(ctx, 'entries', M.type(`an array of entries`, describe(v)));
    return;
  }
  if (!v.length) report(ctx, 'entries', M.noEntries);
  for (let i = 0; i < v.length; i++) validateEntry(ctx, v[i], i);
}

/** What validation may know beyond the file. */
export interface ValidateOptions {
  /** Fingerprint of the installed sentence encoder: stored entry vectors of another model are reported. */
  model?: string;
}

/** Checks one top-level field of a knowledge file. */
function topField(ctx: Ctx, key: string, v: unknown, p: string): void {
  switch (key) {
    case '$schema':
    case 'title':
      text(ctx, v, p);
      break;
    case 'greeting':
    case 'fallback':
      markdown(ctx, v, p);
      break;
    case 'locale':
      locale(ctx, v, p);
      break;
    case 'cta':
      cta(ctx, v, p);
      break;
    case 'suggestions':
      refs(ctx, v, p);
      break;
    case 'synonyms':
      synonyms(ctx, v, p);
      break;
    case 'strings':
      stringMap(ctx, v, p);
      break;
    case 'smallTalk':
      stringMap(ctx, v, p, SMALL_TALK_KINDS);
      break;
    case 'entries':
      entries(ctx, v);
      break;
    case 'compiled':
      compiled(ctx, v, p);
      break;
    default:
      unknownKey(ctx, key, p, TOP_KEYS);
  }
}

/** Reports a stored index or vectors that cannot be used, and drops them, as the widget ignores them. */
function dropStale(ctx: Ctx, kb: KnowledgeBase, options: ValidateOptions): void {
  const problem = indexProblem(kb);
  if (problem) {
    reportWarning(ctx, 'compiled.index', problem);
    // Commands then match from the entries' text, as the widget does with a stale index.
    delete kb.compiled!.index;
  }
  const vectors = vectorsProblem(kb, options.model);
  if (vectors) {
    reportWarning(ctx, 'compiled.vectors', vectors);
    // Nothing downstream should even look at a block that cannot be used.
    delete kb.compiled!.vectors;
  }
  const calibration = vectors ? undefined : calibrationProblem(kb);
  if (calibration) {
    reportWarning(ctx, 'compiled.vectors.calibration', calibration);
    // The vectors stay usable: the calibration alone is measured again.
    delete kb.compiled!.vectors!.calibration;
  }
}

function validate(json: unknown, options: ValidateOptions): ValidationResult {
  const ctx: Ctx = { problems: [], ids: new Map(), usable: new Map(), budget: { left: 2_000_000 } };
  if (!isObject(json)) {
    report(ctx, '', M.root(describe(json)));
    return { valid: false, problems: ctx.problems, knowledge: null };
  }
  const root: Obj = json;
  if (Array.isArray(root.entries)) collectIds(root.entries, ctx.ids);
  for (const key of Object.keys(root)) {
    const v = root[key];
    const p = at('', key);
    if (v === undefined) continue;
    topField(ctx, key, v, p);
  }
  if (root.entries === undefined) report(ctx, 'entries', M.missing(MISSING_ENTRIES));
  const { knowledge } = checkKnowledge(json);
  if (knowledge) dropStale(ctx, knowledge, options);
  return { valid: ctx.problems.length === 0, problems: ctx.problems, knowledge };
}

/** Checks a parsed knowledge file. Never throws; reports every problem at once, in document order. */
export function validateKnowledge(json: unknown, options: ValidateOptions = {}): ValidationResult {
  try {
    return validate(json, options);
  } catch (error) {
    // Only exotic non-JSON input (throwing getters, proxies) gets here.
    const problems = [{ path: '', message: M.unreadable(error instanceof Error ? error.message : 'unknown error') }];
    return { valid: false, problems, knowledge: null };
  }
}

/** One line per problem: `entries[3].answer: must be a non-empty string (got "")`. */
export function formatProblems(problems: readonly ValidationProblem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n');
}
