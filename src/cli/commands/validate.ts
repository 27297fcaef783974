/** `faq-chat validate <kb.json>`: every problem in a knowledge file, or a one-line summary. */
import { formatProblems, validateKnowledge } from '../../lint/validate';
import type { Args } from '../args';
import { encoderSource } from '../encoder';
import { print, type Io } from '../io';
import { isWarning, plural, readJson } from '../load';

/** Prints the summary or the problems; exit 0 when valid, 1 when not. */
export async function validateCommand(args: Args, io: Io): Promise<number> {
  const [path] = args.positionals;
  const json = await readJson(io, path);
  // Stored entry vectors are checked against the installed encoder, read without loading it.
  const { valid, problems, knowledge } = validateKnowledge(json, { model: await encoderSource(io).fingerprint() });
  if (args.flags.json) {
    print(io, JSON.stringify({ valid, problems }, null, 2));
    return valid ? 0 : 1;
  }
  if (valid && knowledge) {
    const parts = [plural(knowledge.entries.length, 'entry')];
    if (knowledge.suggestions) parts.push(plural(knowledge.suggestions.length, 'suggestion'));
    if (knowledge.synonyms) parts.push(plural(knowledge.synonyms.length, 'synonym group'));
    print(io, `${path}: OK — ${parts.join(', ')}`);
    return 0;
  }
  const warnings = problems.filter(isWarning).length;
  const entries = Array.isArray((json as { entries?: unknown } | null)?.entries)
    ? (json as { entries: unknown[] }).entries.length
    : 0;
  const usable = knowledge
    ? `the widget would use ${knowledge.entries.length} of ${plural(entries, 'entry')}`
    : 'the widget cannot use this file';
  const kinds = warnings ? ` (${plural(problems.length - warnings, 'error')}, ${plural(warnings, 'warning')})` : '';
  print(io, formatProblems(problems), `${path}: ${plural(problems.length, 'problem')}${kinds}; ${usable}`);
  return 1;
}
