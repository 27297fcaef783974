/** Entry vectors: each entry's phrasings (question, then alternates) as sentence vectors of one model. */
import type { Entry, KnowledgeBase } from '../types';
import type { SentenceEncoder } from './encoder';

/** The vectors of every entry's phrasings, made by one model. */
export interface EntryVectors {
  /** The model that made them (SentenceEncoder.fingerprint). */
  fingerprint: string;
  /** Per entry, in the knowledge base's order: one unit-length vector per phrasing. */
  entries: Float32Array[][];
}

/** The texts of an entry that get vectors: its question, then each alternate. */
export const phrasingTexts = (e: Entry): string[] => [e.question, ...(e.alternates ?? [])];

/** Encodes every phrasing of every entry (in one batch, so the encoder can run it efficiently). */
export async function encodeEntries(kb: KnowledgeBase, encoder: SentenceEncoder): Promise<EntryVectors> {
  const texts = kb.entries.map(phrasingTexts);
  const flat = await encoder.encode(texts.flat());
  let at = 0;
  const entries = texts.map((t) => {
    const start = at;
    at += t.length;
    return flat.slice(start, at);
  });
  return { fingerprint: encoder.fingerprint, entries };
}

/** Dot product: the cosine of two unit-length vectors. */
export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}
