/** Command-line parsing for every command, in one place. */
import { closest } from '../lint/closest';
import { CliError } from './io';

/** What a command accepts. */
export interface CommandSpec {
  name: string;
  /** Required positional arguments, e.g. ["<kb.json>", "<message>"]; the last may be variadic. */
  positionals: string[];
  variadic?: boolean;
  /** Options without the leading "--". */
  flags: Record<string, 'boolean' | 'number' | 'string'>;
  /** One-letter short forms, e.g. {"o": "out"} for "-o". */
  short?: Record<string, string>;
}

/** Parsed arguments of one command. */
export interface Args {
  positionals: string[];
  flags: Record<string, boolean | number | string>;
  help: boolean;
}

/** How to call a command, e.g. "faq-chat validate <kb.json> [options]": the help's first line and every error's hint. */
export const usage = (spec: CommandSpec): string =>
  `faq-chat ${spec.name} ${spec.positionals.join(' ')}${Object.keys(spec.flags).length ? ' [options]' : ''}`;

function flagValue(spec: CommandSpec, name: string, raw: string | undefined): number {
  const value = raw === undefined ? NaN : Number(raw.replace(/%$/, ''));
  if (raw === undefined || raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new CliError(
      `--${name} needs a percentage from 0 to 100, e.g. --${name} 90 (got ${raw === undefined ? 'nothing' : JSON.stringify(raw)}); usage: ${usage(spec)}`,
    );
  }
  return value;
}

function stringValue(spec: CommandSpec, name: string, raw: string | undefined): string {
  if (raw === undefined || raw.trim() === '' || raw.startsWith('-')) {
    throw new CliError(
      `--${name} needs a value (got ${raw === undefined ? 'nothing' : JSON.stringify(raw)}); usage: ${usage(spec)}`,
    );
  }
  return raw;
}

/** Parses `argv` (after the command name) or throws a CliError that says what to type instead. */
export function parseArgs(argv: readonly string[], spec: CommandSpec): Args {
  const args: Args = { positionals: [], flags: {}, help: false };
  const names = Object.keys(spec.flags);
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === '--') {
      args.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (token === '-h' || token === '--help') args.help = true;
    else if (token.startsWith('-') && token.length > 1) {
      const [given, inline] = token.startsWith('--') ? splitOnce(token.slice(2)) : [token.slice(1), undefined];
      const name = (!token.startsWith('--') && spec.short?.[given]) || given;
      const type = Object.hasOwn(spec.flags, name) ? spec.flags[name] : undefined;
      if (!type) {
        const near = closest(name, names);
        const hint = near
          ? ` — did you mean "--${near}"?`
          : names.length
            ? `; options: ${names.map((n) => `--${n}`).join(', ')}`
            : '';
        throw new CliError(
          `unknown option "${token}" for "${spec.name}"${hint} (a message starting with "-" goes after "--")`,
        );
      }
      if (type === 'boolean') {
        if (inline !== undefined) throw new CliError(`--${name} takes no value (got "${token}")`);
        args.flags[name] = true;
      } else if (type === 'string') args.flags[name] = stringValue(spec, name, inline ?? argv[++i]);
      else args.flags[name] = flagValue(spec, name, inline ?? argv[++i]);
    } else args.positionals.push(token);
  }
  if (args.help) return args;
  const wanted = spec.positionals.length;
  if (args.positionals.length < wanted) {
    throw new CliError(`missing ${spec.positionals[args.positionals.length]}; usage: ${usage(spec)}`);
  }
  if (args.positionals.length > wanted) {
    if (!spec.variadic) throw new CliError(`unexpected argument "${args.positionals[wanted]}"; usage: ${usage(spec)}`);
    args.positionals.splice(wanted - 1, Infinity, args.positionals.slice(wanted - 1).join(' '));
  }
  return args;
}

function splitOnce(s: string): [string, string | undefined] {
  const eq = s.indexOf('=');
  return eq < 0 ? [s, undefined] : [s.slice(0, eq), s.slice(eq + 1)];
}
