/** What the engine needs of a sentence encoder; the engine never loads one, it is given one (CLI, worker, tests). */
export interface SentenceEncoder {
  /** Names the model and its exact weights: vectors made by another model are never compared with its own. */
  readonly fingerprint: string;
  /** One unit-length vector per text, in order. */
  encode(texts: readonly string[]): Promise<Float32Array[]>;
}
