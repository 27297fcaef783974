/** The matcher a command runs: meaning + words when the sentence encoder loads, else (or with --lexical) words only. */
import { analyzeAndDecide } from '../engine/match/lexical-answerer';
import { rankedIds } from '../eval/evaluate-rank';
import { buildIndex } from '../engine/match/knowledge-index';
import { semanticRun } from '../engine/semantic/hybrid-answerer';
import type { HybridRanked } from '../engine/semantic/hybrid';
import { readCalibration, readVectors } from '../engine/semantic/stored';
import { calibrate } from '../engine/calibrate/calibration';
import { encodeOffTopic } from '../engine/calibrate/corpus';
import { encodeEntries } from '../engine/semantic/vectors';
import { matcherOf } from '../engine/match/match';
import type { KnowledgeBase, Matcher, MatchResult } from '../engine/types';
import { loadOrWarn, type CliEncoder } from './encoder';
import type { Io } from './io';

/** What the matcher made of one message. */
export interface TextRun {
  result: MatchResult;
  /** Entry ids, best first, as this matcher ranks them (lexical: only entries sharing a word with the message). */
  order: string[];
  /** The hybrid ranking with each entry's cosine (meaning + words only). */
  hybrid?: HybridRanked[];
}

/** A matcher over one knowledge base that works on a batch of messages at once. */
export interface Matching {
  /** The word matcher over the same index, for --explain and word-level figures. */
  words: Matcher;
  /** What ran, e.g. "meaning + words (Universal Sentence Encoder lite, wasm)" or "words only". */
  label: string;
  semantic: boolean;
  /** Every message's run, in order; the messages are encoded in one batch. */
  runAll(texts: readonly string[]): Promise<TextRun[]>;
}

/** Printed as the matcher of --lexical runs (and when the encoder cannot load). */
export const WORDS_ONLY = 'words only';

/** The lexical matcher, exactly as the widget without an encoder. */
export function lexicalMatching(kb: KnowledgeBase): Matching {
  const index = buildIndex(kb);
  const ids = kb.entries.map((e) => e.id);
  return {
    words: matcherOf(index),
    label: WORDS_ONLY,
    semantic: false,
    runAll: async (texts) =>
      texts.map((text) => {
        const run = analyzeAndDecide(index, text);
        return { result: run.result, order: rankedIds(ids, run.ranked) };
      }),
  };
}

/** Meaning + words with a loaded encoder. */
export async function semanticMatching(kb: KnowledgeBase, encoder: CliEncoder): Promise<Matching> {
  const index = buildIndex(kb);
  const ids = kb.entries.map((e) => e.id);
  // Vectors `faq-chat build` stored are reused when this very model made them from these very entries.
  const stored = readVectors(kb, encoder.fingerprint);
  const vectors = stored ?? (await encodeEntries(kb, encoder));
  // The calibration `faq-chat build` stored, or the same computed here, as the widget's worker does for a plain file.
  const offTopic = await encodeOffTopic(encoder);
  const calibration = readCalibration(kb, stored, offTopic) ?? calibrate(vectors.entries, offTopic);
  return {
    words: matcherOf(index),
    label: `meaning + words (${encoder.name})`,
    semantic: true,
    async runAll(texts) {
      const queries = await encoder.encode(texts);
      return texts.map((text, i) => {
        const run = semanticRun(index, vectors, text, queries[i], undefined, calibration);
        return { result: run.result, order: rankedIds(ids, run.ranked), hybrid: run.ranked };
      });
    },
  };
}

/** The matcher a command uses: lexical with --lexical or when the encoder cannot load (after a warning), else meaning + words. */
export async function createMatching(io: Io, kb: KnowledgeBase, lexical: boolean): Promise<Matching> {
  const encoder = lexical ? null : await loadOrWarn(io);
  return encoder ? semanticMatching(kb, encoder) : lexicalMatching(kb);
}
