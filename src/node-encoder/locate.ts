/** Finding the encoder's files and their fingerprint without loading TensorFlow.js (so `faq-chat validate` stays fast). */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILES, modelJsonProblem, type ModelJson } from '../encoder/files';

/** dist/faq-chat-encoder of this package: beside dist/cli.js when built, under the package root from source. */
export function encoderDir(from = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'faq-chat-encoder'), join(dir, 'dist', 'faq-chat-encoder')]) {
      if (existsSync(join(candidate, FILES.model))) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** The fingerprint in `dir`'s model.json, or undefined when there is no usable one. */
export async function encoderFingerprint(dir = encoderDir()): Promise<string | undefined> {
  if (!dir) return undefined;
  try {
    const model: unknown = JSON.parse(await readFile(join(dir, FILES.model), 'utf8'));
    return modelJsonProblem(model) ? undefined : (model as ModelJson).faqChat.fingerprint;
  } catch {
    // An unreadable model is reported when something tries to load it; here it only means "unknown".
    return undefined;
  }
}
