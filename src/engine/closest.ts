/** "Did you mean …?" support: the candidate nearest to a misspelt word, if it is near enough. */

/** Work allowance shared by many look-ups, so huge files cannot make suggestions quadratic. */
export interface Budget {
  left: number;
}

const MAX_LEN = 64;

/** Letters and digits only, lower-cased, so `follow_ups` meets `followUps`. */
const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

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
    const d = editDistance(w, c);
    if (d < bestDistance && candidate !== word) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
