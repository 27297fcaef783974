/**
 * Hybrid ranking: the lexical evidence (score.ts) and the sentence encoder's cosine, combined per entry.
 * Each entry's lexical score is taken relative to the best entry's, so the two signals share a scale
 * whatever the knowledge base's size; the cosine counts relative to the best cosine.
 */
import type { Ranked } from '../score';
import { dot, type EntryVectors } from './vectors';

/** How much one unit of cosine (relative to the best entry's) counts against the relative lexical score. */
export const COSINE_WEIGHT = 3;

/** One entry's place in the hybrid ranking. */
export interface HybridRanked {
  entry: number;
  /** The combined score (higher is better). */
  score: number;
  /** Its lexical score relative to the best entry's (0 when it shares no word with the message). */
  lexical: number;
  /** The best cosine between the message and any of its phrasings. */
  cosine: number;
  /** Its lexical evidence, when it was among the lexical top entries. */
  ranked?: Ranked;
}

/** Per entry: the best cosine between `query` and any of its phrasings. */
export function similarities(vectors: EntryVectors, query: Float32Array): Float64Array {
  return Float64Array.from(vectors.entries, (list) => list.reduce((best, v) => Math.max(best, dot(v, query)), -1));
}

/** All entries in hybrid order, best first. */
export function hybridRank(lexical: Ranked[], cosines: Float64Array): HybridRanked[] {
  const top = lexical[0]?.score || 1;
  const byEntry = new Map(lexical.map((r) => [r.entry, r]));
  const best = cosines.reduce((m, c) => Math.max(m, c), -1);
  const out: HybridRanked[] = Array.from(cosines, (cosine, entry) => {
    const ranked = byEntry.get(entry);
    const rel = ranked ? ranked.score / top : 0;
    return { entry, score: rel + COSINE_WEIGHT * (cosine - best), lexical: rel, cosine, ranked };
  });
  return out.sort((a, b) => b.score - a.score || a.entry - b.entry);
}
