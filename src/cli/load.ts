/** Reading JSON files and knowledge bases, with errors that name the file, line and column. */
import { formatProblems, validateKnowledge } from '../lint/validate';
import type { KnowledgeBase, ValidationProblem } from '../engine/types';
import { encoderSource } from './encoder';
import { CliError, warn, type Io } from './io';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const reason = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return (typeof code === 'string' && REASONS[code]) || String((error as Error)?.message ?? error);
};

/** The file's text (without a byte-order mark), or a CliError saying why it cannot be read. */
export async function readText(io: Io, path: string): Promise<string> {
  try {
    return (await io.readFile(path)).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${reason(error)}`);
  }
}

/** Writes a file, or a CliError saying why it cannot be written. */
export async function writeText(io: Io, path: string, text: string): Promise<void> {
  try {
    await io.writeFile(path, text);
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${reason(error)}`);
  }
}

/** The file parsed as JSON, or a CliError saying which file and where it broke. */
export async function readJson(io: Io, path: string): Promise<unknown> {
  const text = await readText(io, path);
  if (!text.trim()) throw new CliError(`${path} is empty; it should hold JSON`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : /end of JSON input/.test(message) ? text.length : -1;
    const where =
      offset >= 0 ? (({ line, column }) => ` at line ${line}, column ${column}`)(lineColumn(text, offset)) : '';
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    throw new CliError(
      `${path} is not valid JSON${where}: ${reason} (look for a missing comma or quote, or a trailing comma)`,
    );
  }
}

/** True for problems that leave the knowledge base usable as it is. */
export const isWarning = (p: ValidationProblem): boolean => p.severity === 'warning';

/** A knowledge base ready to run, or a CliError (exit 2) after listing its problems on stderr. */
export async function loadKnowledge(io: Io, path: string): Promise<KnowledgeBase> {
  const { problems, knowledge } = validateKnowledge(await readJson(io, path), {
    model: await encoderSource(io).fingerprint(),
  });
  const errors = problems.filter((p) => !isWarning(p));
  if (problems.length)
    warn(
      io,
      ...formatProblems(problems)
        .split('\n')
        .map((line) => `${path}: ${line}`),
    );
  if (!knowledge || errors.length) {
    throw new CliError(
      `${path} has ${plural(errors.length, 'problem')}; fix it first (see: faq-chat validate ${path})`,
    );
  }
  return knowledge;
}

/** "1 entry", "3 entries". */
export const plural = (n: number, word: string): string =>
  `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : word.endsWith('s') ? `${word}es` : `${word}s`}`;
