/** `faq-chat import <file or FAQ page URL> [-o knowledge.json]`: a knowledge file from the FAQ an owner already has (CSV, Markdown, HTML). */
import { formatProblems, validateKnowledge } from '../../lint/validate';
import type { Args } from '../args';
import { report, toKnowledge } from '../import/to-knowledge';
import { fetchPage } from '../import/fetch-page';
import { ImportError } from '../import/result';
import { CliError, print, warn, type Io } from '../io';
import { isWarning, readText, writeText } from '../load';

/** Writes the knowledge file (or prints it without -o) and reports what was found; exit 1 when nothing was. */
export async function importCommand(args: Args, io: Io): Promise<number> {
  const [path] = args.positionals;
  const out = typeof args.flags.out === 'string' ? args.flags.out : undefined;
  if (
    out &&
    !args.flags.force &&
    (await io.readFile(out).then(
      () => true,
      () => false,
    ))
  ) {
    throw new CliError(`${out} already exists; choose another -o file, or add --force to replace it`);
  }
  // The parsers (csv-parse, htmlparser2) load only for this command, from their own chunk.
  const { importFile } = await import('../import/detect');
  let imported: ReturnType<typeof importFile>;
  try {
    // An FAQ page's URL is read as the widget's data-knowledge would read it.
    const page = /^https?:\/\//i.test(path) ? await fetchPage(path) : undefined;
    imported = importFile(page?.text ?? (await readText(io, path)), path, page?.url);
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(error.message, error.code);
    throw error;
  }
  const kb = toKnowledge(imported);
  const { problems } = validateKnowledge(kb);
  const errors = problems.filter((p) => !isWarning(p));
  if (errors.length) {
    warn(
      io,
      ...formatProblems(problems).split('\n'),
      `the imported entries of ${path} do not make a valid knowledge file; nothing was written (please report this with the file)`,
    );
    return 1;
  }
  const json = `${JSON.stringify(kb, null, 2)}\n`;
  const summary = report(imported, path);
  const warnings = problems.length ? formatProblems(problems).split('\n') : [];
  if (!out) {
    io.stdout(json);
    warn(io, summary, ...warnings);
    return 0;
  }
  await writeText(io, out, json);
  // Imported files have no booking link yet: without one the widget shows no Book a call button.
  const next = 'add your booking link ("cta": {"label": "Book a call", "url": "https://…"}), ';
  print(
    io,
    `${summary}.`,
    `Wrote ${out}. Next: ${next}check it with faq-chat validate ${out}, and try it: faq-chat ask ${out} "<a visitor's question>"`,
    ...warnings,
  );
  return 0;
}
