/** The CLI's only contact with the outside world, injectable for tests. */
import { readFile } from 'node:fs/promises';

/** Output streams and file reading, as `main` uses them. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
}

/** The real process streams and file system. */
export const nodeIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
};

/** Writes lines to stdout. */
export const print = (io: Io, ...lines: string[]): void => io.stdout(`${lines.join('\n')}\n`);

/** Writes lines to stderr, each prefixed with `[faq-chat]`. */
export const warn = (io: Io, ...lines: string[]): void => io.stderr(lines.map((l) => `[faq-chat] ${l}\n`).join(''));

/** A failure that ends the command with a one-line message and an exit code (2: cannot run). */
export class CliError extends Error {
  constructor(message: string, readonly code = 2) {
    super(message);
  }
}
