/** Typo tolerance: the closest known word within a small edit distance. */

/** Longer "words" are not corrected: they are codes, URLs or keyboard mashing, not typos. */
const MAX_WORD = 24;

// Three rows of the distance table, reused across calls: matching must not allocate per candidate word.
const LONGEST = 64;
const ROWS = [new Int32Array(LONGEST + 1), new Int32Array(LONGEST + 1), new Int32Array(LONGEST + 1)];

/** Optimal-string-alignment distance between a and b (each at most 64 long), or max + 1 as soon as it must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la > LONGEST || lb > LONGEST) return a == b ? 0 : max + 1;
  let [prev2, prev, cur] = ROWS;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] == b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[lb];
}

/**
 * True when b is one letter away from a by substitution: the same length and exactly one differing position
 * (at distance 1 and the same length, the alternative is two differing positions, a swap of neighbours).
 */
function isSubstitution(a: string, b: string): boolean {
  if (a.length != b.length) return false;
  let differ = 0;
  for (let i = 0; i < a.length; i++) if (a[i] != b[i]) differ++;
  return differ == 1;
}

/** Words grouped by first letter and length so a lookup only compares words that could be close. */
export class TypoIndex {
  private buckets = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length < 4 || /\d/.test(w)) continue;
      const key = w[0] + w.length;
      const list = this.buckets.get(key);
      if (list) list.push(w);
      else this.buckets.set(key, [w]);
    }
  }

  /** The known word closest to `word` (one edit for short words, two from 8 letters), or undefined. */
  correct(word: string, rank: (w: string) => number): { word: string; distance: number } | undefined {
    if (word.length < 4 || word.length > MAX_WORD || /\d/.test(word)) return undefined;
    const max = word.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestD = max + 1;
    let bestRank = -1;
    for (let len = word.length - max; len <= word.length + max; len++) {
      // Typos rarely touch the first letter; requiring it keeps "cost" from becoming "post".
      for (const w of this.buckets.get(word[0] + len) ?? []) {
        let d = editDistance(word, w, Math.min(bestD, max));
        // A one-letter substitution in a short word is more often another real word ("last"/"lost") than a typo.
        if (d == 1 && word.length < 8 && isSubstitution(word, w)) d = max + 1;
        if (d < bestD || (d == bestD && d <= max && rank(w) > bestRank)) {
          best = w;
          bestD = d;
          bestRank = rank(w);
        }
      }
    }
    return best && bestD <= max ? { word: best, distance: bestD } : undefined;
  }
}
