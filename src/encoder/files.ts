/** The files of dist/faq-chat-encoder/ as the encoder reads them (scripts/build-model.mjs writes them). */

/** model.json: a TensorFlow.js graph model with faq-chat's own note of which weights these are. */
export interface ModelJson {
  faqChat: { fingerprint: string };
  modelTopology: unknown;
  weightsManifest: { paths: string[]; weights: unknown[] }[];
}

/** Everything needed to run the model, already fetched or read. */
export interface ModelFiles {
  model: ModelJson;
  /** The contents of the manifest's weight files, in order. */
  weights: ArrayBuffer[];
  /** vocab.json: SentencePiece pieces and their scores. */
  vocab: [string, number][];
}

/** The folder's file names, in one place for the worker, the CLI and the build. */
export const FILES = { model: 'model.json', vocab: 'vocab.json', weights: 'weights.bin' } as const;

/** Why a model.json cannot be used, or undefined when it looks right. */
export function modelJsonProblem(json: unknown): string | undefined {
  const m = json as Partial<ModelJson> | null;
  if (!m || typeof m !== 'object') return 'it is not a JSON object';
  if (typeof m.faqChat?.fingerprint !== 'string')
    return 'it has no faqChat.fingerprint (was it written by scripts/build-model.mjs?)';
  if (!Array.isArray(m.weightsManifest) || !m.weightsManifest.every((g) => Array.isArray(g?.paths)))
    return 'its weightsManifest is missing or malformed';
  return undefined;
}

/** How model files are read where the encoder runs: from disk (CLI) or over HTTP (the widget's worker). */
export interface FileReader {
  /** The file parsed as JSON; rejects with an Error naming the file. */
  json(name: string): Promise<unknown>;
  /** The file's bytes; rejects with an Error naming the file. */
  bytes(name: string): Promise<ArrayBuffer>;
  /** Where `name` is, for messages. */
  where(name: string): string;
}

/** Reads model.json, checks it, then its weight files and vocab.json; throws an Error that names the file at fault. */
export async function readModelFiles(read: FileReader): Promise<ModelFiles> {
  const model = await read.json(FILES.model);
  const problem = modelJsonProblem(model);
  if (problem) throw Error(`${read.where(FILES.model)}: ${problem}`);
  const m = model as ModelJson;
  const [weights, vocab] = await Promise.all([
    Promise.all(m.weightsManifest.flatMap((g) => g.paths).map(read.bytes)),
    read.json(FILES.vocab),
  ]);
  return { model: m, weights, vocab: vocab as ModelFiles['vocab'] };
}
