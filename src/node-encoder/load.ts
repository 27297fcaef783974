/** The encoder in Node, for the CLI: the same files and weights the widget's worker loads, read from disk. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { env } from '@tensorflow/tfjs-core';
import type { SentenceEncoder } from '../engine/semantic/encoder';
import { selectBackend, type Backend } from '../encoder/backend';
import { readModelFiles, type ModelFiles } from '../encoder/files';
import { encoderDir } from './locate';
import { createUseLite } from '../encoder/use-lite';

export { encoderDir };

/** Reads the model files of `dir`; throws an Error that says which file is wrong and how. */
export const readModelDir = (dir: string): Promise<ModelFiles> =>
  readModelFiles({
    json: async (name) => JSON.parse(await readFile(join(dir, name), 'utf8')),
    bytes: async (name) => new Uint8Array(await readFile(join(dir, name))).slice().buffer,
    where: (name) => join(dir, name),
  });

/** Loads the sentence encoder from `dir` (default: this package's built files) on WebAssembly. */
export async function loadNodeEncoder(dir = encoderDir()): Promise<SentenceEncoder & { backend: Backend }> {
  if (!dir)
    throw Error('its files are missing: no faq-chat-encoder/model.json beside the faq-chat command or in dist/');
  // TensorFlow.js greets Node users with advice to install its native backend (console.warn, on the CPU backend's
  // first tensor, which may come after loading); we deliberately run without native binaries. PROD mode silences
  // TensorFlow.js's own messages for good.
  env().set('PROD', true);
  // The WebAssembly runtime binds console.log and console.warn as it starts: whatever it has to say goes to
  // stderr, never into stdout, where `faq-chat eval --json` writes its JSON.
  const { log, warn } = console;
  console.log = console.warn = (...args: unknown[]) => void process.stderr.write(`${args.join(' ')}\n`);
  try {
    const backend = await selectBackend(dir + '/', true);
    return { ...(await createUseLite(await readModelDir(dir))), backend };
  } finally {
    console.log = log;
    console.warn = warn;
  }
}
