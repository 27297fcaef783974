/** The encoder in Node, for the CLI: the same files and weights the widget's worker loads, read from disk. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { env } from '@tensorflow/tfjs-core';
import type { SentenceEncoder } from '../engine/semantic/encoder';
import { selectBackend, type Backend } from './backend';
import { FILES, modelJsonProblem, type ModelFiles } from './files';
import { encoderDir } from './locate';
import { createUseLite } from './use-lite';

export { encoderDir };

/** Reads the model files of `dir`; throws an Error that says which file is wrong and how. */
export async function readModelFiles(dir: string): Promise<ModelFiles> {
  const json = async (name: string): Promise<unknown> => JSON.parse(await readFile(join(dir, name), 'utf8'));
  const model = await json(FILES.model);
  const problem = modelJsonProblem(model);
  if (problem) throw Error(`${join(dir, FILES.model)}: ${problem}`);
  const m = model as ModelFiles['model'];
  const paths = m.weightsManifest.flatMap((g) => g.paths);
  const weights = await Promise.all(paths.map(async (p) => new Uint8Array(await readFile(join(dir, p))).slice().buffer));
  return { model: m, weights, vocab: (await json(FILES.vocab)) as ModelFiles['vocab'] };
}

/** Loads the sentence encoder from `dir` (default: this package's built files) on WebAssembly. */
export async function loadNodeEncoder(dir = encoderDir()): Promise<SentenceEncoder & { backend: Backend }> {
  if (!dir) throw Error('its files are missing: no faq-chat-encoder/model.json beside the faq-chat command or in dist/');
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
    return { ...(await createUseLite(await readModelFiles(dir))), backend };
  } finally {
    console.log = log;
    console.warn = warn;
  }
}
