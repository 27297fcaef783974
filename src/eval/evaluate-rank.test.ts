import { describe, expect, it } from 'vitest';
import { rankedIds, rankFigures } from './evaluate-rank';

describe('rankFigures', () => {
  const cases = [
    { q: 'first', expect: 'a' },
    { q: 'second', expect: 'a' },
    { q: 'third', expect: 'a' },
    { q: 'fourth', expect: 'a' },
    { q: 'unranked', expect: 'a' },
    { q: 'out of scope', expect: null },
  ];
  const orders = [['a', 'b'], ['b', 'a'], ['b', 'c', 'a'], ['b', 'c', 'd', 'a'], [], ['a']];

  it('counts in-scope cases whose expected entry is first, or among the first three', () => {
    // 1 of 5 first; 3 of 5 in the top three; the out-of-scope case counts nowhere, even ranked first.
    expect(rankFigures(cases, orders)).toEqual({ rank1: 20, rank3: 60 });
  });

  it('reports 0 without in-scope cases and treats a missing ranking as unranked', () => {
    expect(rankFigures([{ q: 'x', expect: null }], [['a']])).toEqual({ rank1: 0, rank3: 0 });
    expect(
      rankFigures(
        [
          { q: 'x', expect: 'a' },
          { q: 'y', expect: 'a' },
          { q: 'z', expect: 'a' },
        ],
        [['a']],
      ),
    ).toEqual({ rank1: 33.3, rank3: 33.3 });
  });

  it('turns a ranking of entry positions into ids', () => {
    expect(rankedIds(['a', 'b', 'c'], [{ entry: 2 }, { entry: 0 }])).toEqual(['c', 'a']);
  });
});
