/**
 * Entry vectors: each entry's phrasings (question, then alternates) and its answer as sentence vectors of one model.
 */
import type { Entry, KnowledgeBase } from '../types';
import { answerText } from './answer-text';
import type { SentenceEncoder } from './encoder';

/** The vectors of every entry's phrasings, made by one model. */
export interface EntryVectors {
  /** The model that made them (SentenceEncoder.fingerprint). */
  fingerprint: string;
  /** Per entry, in the knowledge base's order: one unit-length vector per phrasing. */
  entries: Float32Array[][];
  /**
   * Per entry: its answer's vector (answer-text.ts). Absent until a plain file's answers are encoded (the worker's
   * encodePhrasings comes without them).
   */
  answers?: Float32Array[];
}

/** The texts of an entry that get vectors: its question, then each alternate. */
export const phrasingTexts = (e: Entry): string[] => [e.question, ...(e.alternates ?? [])];

/** The texts of the entries' answers that get vectors, in the entries' order. */
export const answerTexts = (kb: KnowledgeBase): string[] => kb.entries.map((e) => answerText(e.answer));

/** Every text of a knowledge base that gets a vector, in the order `splitVectors` reads them back. */
export function vectorTexts(kb: KnowledgeBase): string[] {
  return [...kb.entries.flatMap(phrasingTexts), ...answerTexts(kb)];
}

/** The vectors of `vectorTexts(kb)`, encoded in that order, as entry vectors. */
export function splitVectors(kb: KnowledgeBase, flat: Float32Array[], model: string): EntryVectors {
  let at = 0;
  const entries = kb.entries.map((e) => {
    const start = at;
    at += phrasingTexts(e).length;
    return flat.slice(start, at);
  });
  return { fingerprint: model, entries, answers: flat.slice(at, at + kb.entries.length) };
}

/** Encodes every phrasing of every entry, without the answers (the widget's worker encodes those once it is ready). */
export async function encodePhrasings(kb: KnowledgeBase, encoder: SentenceEncoder): Promise<EntryVectors> {
  const { entries } = splitVectors(kb, await encoder.encode(kb.entries.flatMap(phrasingTexts)), encoder.fingerprint);
  return { fingerprint: encoder.fingerprint, entries };
}

/** Encodes every phrasing and answer of every entry (in one batch, so the encoder can run it efficiently). */
export async function encodeEntries(kb: KnowledgeBase, encoder: SentenceEncoder): Promise<EntryVectors> {
  return splitVectors(kb, await encoder.encode(vectorTexts(kb)), encoder.fingerprint);
}

/** Dot product: the cosine of two unit-length vectors. */
export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
