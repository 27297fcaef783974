/** "Did you mean …?" support: the candidate nearest to a misspelt word, if it is near enough. */
import { editDistance } from '../engine/match/typo';

/** Work allowance shared by many look-ups, so huge files cannot make suggestions quadratic. */
export interface Budget {
  left: number;
}

const MAX_LEN = 64;

/** Letters and digits only, lower-cased, so `follow_ups` meets `followUps`. */
const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** How many edits still count as a typo for a word of this length. */
const tolerance = (len: number): number => Math.min(3, Math.max(1, Math.floor(len / 3)));

/** The candidate closest to `word` (ignoring case and punctuation) within a typo's distance, else undefined. */
export function closest(
  word: string,
  candidates: readonly string[],
  budget: Budget = { left: Infinity },
): string | undefined {
  const w = squash(word);
  if (!w || w.length > MAX_LEN) return undefined;
  let best: string | undefined;
  let bestDistance = tolerance(w.length) + 1;
  for (const candidate of candidates) {
    if (budget.left <= 0) break;
    budget.left--;
    const c = squash(candidate);
    if (!c || Math.abs(c.length - w.length) >= bestDistance || c.length > MAX_LEN) continue;
    budget.left -= c.length * w.length;
    const d = editDistance(w, c, bestDistance - 1);
    if (d < bestDistance && candidate !== word) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
