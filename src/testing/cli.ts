/** Seams for the CLI's tests: encoder sources (the fake encoder, no model to load, or one that fails to load) and a runner on in-memory files. */
import { fakeEncoder } from './fake-encoder';
import type { EncoderSource } from '../cli/encoder';
import type { Io } from '../cli/io';
import { main } from '../cli/main';

/** The name the fake encoder reports, as it appears in "matcher: meaning + words (…)". */
export const FAKE_NAME = 'fake hashing encoder';

/** A source whose encoder is the deterministic fake; counts its loads so tests can check laziness. */
export function fakeSource(fingerprint = 'fake-64'): EncoderSource & { loads: number } {
  const source = {
    loads: 0,
    fingerprint: async () => fingerprint,
    load: async () => {
      source.loads++;
      return { ...fakeEncoder(fingerprint), name: FAKE_NAME };
    },
  };
  return source;
}

/** A source that cannot load, as when dist/faq-chat-encoder is missing. */
export const missingSource = (why = 'its files are missing'): EncoderSource => ({
  fingerprint: async () => undefined,
  load: async () => {
    throw Error(why);
  },
});

/** Runs the CLI on in-memory files (missing ones fail as ENOENT); returns the exit code, the output and the files written. */
export async function runCli(
  argv: string[],
  files: Record<string, string>,
  seams: Pick<Io, 'loadWordNet' | 'encoder'> = {},
) {
  let stdout = '';
  let stderr = '';
  const written: Record<string, string> = {};
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: async (path) => {
      if (path in files) return files[path];
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    },
    writeFile: async (path, text) => {
      written[path] = text;
    },
    loadWordNet: seams.loadWordNet,
    encoder: seams.encoder ?? fakeSource(),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, written };
}
