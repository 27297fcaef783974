/** The `faq-chat` command: dispatches to the commands of the registry (registry.ts), around the engine. */
import { version } from '../../package.json';
import { closest } from '../lint/closest';
import { parseArgs } from './args';
import { COMMANDS, MAIN_HELP } from './registry';
import { CliError, nodeIo, print, warn, type Io } from './io';

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(`${MAIN_HELP}\n`);
    return 2;
  }
  if (name === '-h' || name === '--help' || (name === 'help' && !rest.length)) {
    print(io, MAIN_HELP);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    print(io, version);
    return 0;
  }
  if (name === 'help') return dispatch([rest[0], '--help'], io);
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const near = closest(name.replace(/^-+/, ''), [...Object.keys(COMMANDS), 'help', 'version']);
    const hint = near ? ` — did you mean "${near === 'version' ? '--version' : near}"?` : '.';
    throw new CliError(
      `unknown ${name.startsWith('-') ? 'option' : 'command'} "${name}"${hint} Commands: ${Object.keys(COMMANDS).join(', ')} (see faq-chat --help)`,
    );
  }
  const args = parseArgs(rest, command.spec);
  if (args.help) {
    print(io, command.help);
    return 0;
  }
  return command.run(args, io);
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. Never throws. */
export async function main(argv: string[], io: Io = nodeIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      warn(io, error.message);
      return error.code;
    }
    warn(
      io,
      `unexpected error: ${error instanceof Error ? error.message : String(error)} (please report it with the command you ran)`,
    );
    return 2;
  }
}
