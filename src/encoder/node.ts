/** The encoder in Node, for the CLI: the same files and weights the widget's worker loads, read from disk. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SentenceEncoder } from '../engine/semantic/encoder';
import { selectBackend, type Backend } from './backend';
import { FILES, modelJsonProblem, type ModelFiles } from './files';
import { createUseLite } from './use-lite';

/** dist/faq-chat-encoder of this package: beside dist/cli.js when built, under the package root from source. */
export function encoderDir(from = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'faq-chat-encoder'), join(dir, 'dist', 'faq-chat-encoder')]) {
      if (existsSync(join(candidate, FILES.model))) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

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
  if (!dir) throw Error('the sentence encoder files (dist/faq-chat-encoder) are missing; run `npm run build`');
  // TensorFlow.js greets Node users with advice to install its native backend; we deliberately run without native binaries.
  const warn = console.warn;
  console.warn = () => {};
  try {
    const backend = await selectBackend(dir + '/', true);
    return { ...(await createUseLite(await readModelFiles(dir))), backend };
  } finally {
    console.warn = warn;
  }
}
