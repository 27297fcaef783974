/** `faq-chat studio <kb.json> [--port N] [--no-open]`: edit, test and improve the knowledge file in a browser. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStudio } from '../../studio/server/server';
import type { Args, CommandSpec } from '../args';
import { CliError, print, type Io } from '../io';
import { readJson } from '../load';

const spec: CommandSpec = {
  name: 'studio',
  positionals: ['<kb.json>'],
  flags: { port: 'string', 'no-open': 'boolean' },
};

/** The studio's spec and help, for the command registry. */
export const studioCommandHelp = {
  spec,
  help: `Usage: faq-chat studio <kb.json> [options]

Examples:
  faq-chat studio knowledge/faq.json
  faq-chat studio knowledge/faq.json --port 4000 --no-open

Opens a page to edit the knowledge file, try it in the real widget beside the editor (answering from the
unsaved edits), check real visitor questions (pasted, a cases file, or a CSV of faq-chat:unanswered events)
and add them as alternates. The first line printed is the page's URL, with its secret token.

The server listens on 127.0.0.1 only and answers only requests that carry the token and come from its own
page. It writes only the file, <name>.bak.json (the previous version, on each Save), <name>.compiled.json
(Build) and <name>.faqpage.html (Export). Save never overwrites a file that changed on disk meanwhile.

Options:
  --port N    the port to listen on (default: any free port)
  --no-open   do not open the browser
  -h, --help  show this help

Exit codes:
  0  stopped with Ctrl+C
  2  cannot run: bad arguments, an unreadable or unwritable file, invalid JSON, or the port is taken`,
};

/** dist/ of this package: where dist/studio/studio.js is (beside dist/cli.js when built, under the root from source). */
export function studioDist(from = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of [dir, join(dir, 'dist')])
      if (existsSync(join(candidate, 'studio', 'studio.js'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function portOf(raw: unknown): number {
  if (raw === undefined) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new CliError(`--port needs a port number from 1 to 65535 (got ${JSON.stringify(raw)})`);
  return port;
}

/** Opens `url` in the default browser; a failure only means the owner opens it by hand. */
function openBrowser(url: string): void {
  const [cmd, ...args] =
    process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""', url]
        : ['xdg-open', url];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
}

/** Starts the studio and runs until Ctrl+C (exit 0). */
export async function studioCommand(args: Args, io: Io): Promise<number> {
  const [file] = args.positionals;
  const port = portOf(args.flags.port);
  await readJson(io, file);
  try {
    await access(file, constants.W_OK);
  } catch {
    throw new CliError(`cannot write ${file}: permission denied; the studio saves to it`);
  }
  const dist = studioDist();
  if (!dist) throw new CliError('the studio page is missing (dist/studio/studio.js): run `npm run build` first');
  const studio = await startStudio({ file, port, dist, io }).catch((e: NodeJS.ErrnoException) => {
    throw new CliError(
      e.code === 'EADDRINUSE' ? `port ${port} is taken; choose another with --port, or leave it out` : e.message,
    );
  });
  print(io, studio.url, `faq-chat studio: editing ${file}. Open the URL above; press Ctrl+C to stop.`);
  if (!args.flags['no-open']) openBrowser(studio.url);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await studio.close();
  return 0;
}
