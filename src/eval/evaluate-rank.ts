/** Ranking figures for `faq-chat eval --json`: how often the expected entry comes first, or in the top three, whatever was decided. */
import { percent, type EvalCase } from './evaluate';

/** Percentages (one decimal) of in-scope cases; 0 when there are none. */
export interface RankFigures {
  /** % of in-scope cases whose expected entry is ranked first. */
  rank1: number;
  /** % of in-scope cases whose expected entry is among the first three. */
  rank3: number;
}

/** The figures for `orders`: per case, in the same order, the entry ids as the matcher ranked them, best first. */
export function rankFigures(cases: readonly EvalCase[], orders: readonly (readonly string[])[]): RankFigures {
  let inScope = 0;
  let first = 0;
  let top3 = 0;
  cases.forEach(({ expect }, i) => {
    if (expect === null) return;
    inScope++;
    // Out-of-scope cases have no right entry to rank, so they count nowhere.
    const at = orders[i]?.indexOf(expect) ?? -1;
    if (at === 0) first++;
    if (at >= 0 && at < 3) top3++;
  });
  return { rank1: percent(first, inScope), rank3: percent(top3, inScope) };
}

/** Entry ids in ranking order, from a ranking of entry positions (lexical `Ranked[]` or hybrid `HybridRanked[]`). */
export const rankedIds = (ids: readonly string[], ranked: readonly { entry: number }[]): string[] =>
  ranked.map((r) => ids[r.entry]);
