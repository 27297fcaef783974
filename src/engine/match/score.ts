import type { Slot } from './analyze';
import { fieldOf } from '../knowledge/index-format';
import { lowerBound } from './lower-bound';
import { phrasingsOf, SYNONYM_TRUST, type KnowledgeIndex, type Posting } from './knowledge-index';

/** Weight of a message word that no entry contains: it is evidence the message is about something else. */
export const UNKNOWN_WEIGHT = 1.2;
/** Trust in one word of a known phrase matched on its own ("received" out of "never received"). */
export const PHRASE_WORD_TRUST = 0.7;
/** Bonus per extra matched part of the message. */
export const COORD = 0.15;
/** How much covering an entry's phrasing counts in the order: enough to settle near ties, too little to overturn evidence. */
const TIE = 0.01;

/** One slot's best evidence in one entry. */
export interface Hit {
  slot: number;
  term: string;
  field: string;
  value: number;
}

/** Evidence for one entry. */
export interface Ranked {
  entry: number;
  /** Sum of matched slot values. */
  score: number;
  /** score / the message's total weight: how much of the message this entry explains. */
  coverage: number;
  /** How much of the entry's best-matching phrasing (question or alternate) the message covers. */
  phrasing: number;
  hits: Hit[];
}

/** How many of the best entries get full evidence (hits, phrasing); the decision and explain use the top five. */
const TOP = 12;

/** The terms a slot may match in the index, each with how much a match is trusted. */
function candidatesOf(slot: Slot): [string, number][] {
  // A phrase is specific, so its group counts fully and its single words less; a single word's group counts as a weaker synonym.
  const phrase = slot.text.includes(' ');
  const candidates: [string, number][] = slot.stems.map((t) => [t, slot.trust * (phrase ? PHRASE_WORD_TRUST : 1)]);
  for (const c of slot.concepts) candidates.push([c, slot.trust * (phrase ? 1 : SYNONYM_TRUST)]);
  return candidates;
}

/** Each entry's evidence summed over the message's slots: one slot adds only its best evidence in an entry. */
class Tally {
  readonly total: Float64Array;
  /** How many slots found evidence in each entry. */
  readonly count: Uint32Array;
  /** The current slot's best evidence in each entry. */
  private readonly best: Float64Array;
  /** Entries with any evidence, in the order they got their first. */
  readonly touched: number[] = [];
  private readonly slotTouched: number[] = [];

  constructor(entries: number) {
    this.total = new Float64Array(entries);
    this.count = new Uint32Array(entries);
    this.best = new Float64Array(entries);
  }
  /** Keeps `value` as the current slot's evidence in `entry` if it is its best so far. */
  offer(entry: number, value: number) {
    if (value > this.best[entry]) {
      if (!this.best[entry]) this.slotTouched.push(entry);
      this.best[entry] = value;
    }
  }
  /** Adds the current slot's best evidence to the entries it found, and starts the next slot. */
  endSlot() {
    for (const e of this.slotTouched) {
      if (!this.count[e]++) this.touched.push(e);
      this.total[e] += this.best[e];
      this.best[e] = 0;
    }
    this.slotTouched.length = 0;
  }
  /** An entry's score: entries that explain more separate parts of the message gain a little (Lucene's "coord"). */
  final(e: number) {
    return this.total[e] * (1 + COORD * (this.count[e] - 1));
  }
}

/** The TOP entries with the highest scores, best first (the lower index first on a tie). */
function topEntries(tally: Tally): number[] {
  const better = (a: number, b: number) =>
    tally.final(a) > tally.final(b) || (tally.final(a) === tally.final(b) && a < b);
  const top: number[] = [];
  // Insertion into a list kept sorted and at most TOP long: one comparison for most entries.
  for (const e of tally.touched) {
    for (let i = top.push(e) - 1; i > 0 && better(top[i], top[i - 1]); i--) [top[i], top[i - 1]] = [top[i - 1], top[i]];
    if (top.length > TOP) top.pop();
  }
  return top;
}

/** The best entries for a message, best first, with the message's total weight and how many of its units some entry knows. */
export function rank(index: KnowledgeIndex, slots: Slot[]): { ranked: Ranked[]; weight: number; known: number } {
  const tally = new Tally(index.kb.entries.length);
  const queryTerms = new Map<string, number>();
  const altsBySlot: [string, number, Posting][][] = [];
  const seen = new Set<string>();
  let weight = 0;
  let known = 0;
  slots.forEach((slot, s) => {
    const alts: [string, number, Posting][] = [];
    altsBySlot[s] = alts;
    // A word repeated in a long message is one piece of evidence, not several. (Arrays join with commas, which no term has.)
    const key = `${slot.stems}|${slot.concepts}`;
    if (seen.has(key)) return;
    seen.add(key);
    let max = 0;
    for (const [term, trust] of candidatesOf(slot)) {
      const p = index.postings.get(term);
      if (!p) continue;
      alts.push([term, trust, p]);
      const w = trust * p.idf;
      queryTerms.set(term, Math.max(queryTerms.get(term) ?? 0, trust));
      if (w > max) max = w;
      for (let k = 0; k < p.entries.length; k++) tally.offer(p.entries[k], w * p.weights[k]);
    }
    tally.endSlot();
    if (max > 0) known++;
    weight += max || UNKNOWN_WEIGHT;
  });
  const ranked = topEntries(tally).map((entry): Ranked => {
    const score = tally.final(entry);
    return {
      entry,
      score,
      coverage: weight ? score / weight : 0,
      phrasing: phrasingCoverage(index, entry, queryTerms),
      hits: hitsFor(entry, altsBySlot),
    };
  });
  // Near ties go to the entry whose own question (or an alternate) the message covers more of.
  ranked.sort((a, b) => b.score * (1 + TIE * b.phrasing) - a.score * (1 + TIE * a.phrasing));
  return { ranked, weight, known };
}

/** The evidence each slot gives one entry (its best alternative), worked out for the top entries only. */
function hitsFor(entry: number, altsBySlot: [string, number, Posting][][]): Hit[] {
  return altsBySlot.flatMap((alts, slot) => {
    let hit: Hit | undefined;
    for (const [term, trust, p] of alts) {
      const k = find(p.entries, entry);
      if (k < 0) continue;
      const value = trust * p.idf * p.weights[k];
      if (value > (hit?.value ?? 0)) hit = { slot, term, field: fieldOf(p.weights[k]), value };
    }
    return hit ?? [];
  });
}

/** Position of `x` in an ascending list; -1 when absent. */
function find(list: ArrayLike<number>, x: number): number {
  const i = lowerBound(list, x);
  return list[i] === x ? i : -1;
}

/** The largest share (by idf) of one phrasing's content units that the message contains, as written or as a synonym. */
function phrasingCoverage(index: KnowledgeIndex, entry: number, query: Map<string, number>): number {
  let best = 0;
  for (const { units, weights, total } of phrasingsOf(index, entry)) {
    let hit = 0;
    units.forEach((unit, u) => {
      let got = 0;
      for (const t of unit) got = Math.max(got, (query.get(t) ?? 0) * (t[0] === '#' ? SYNONYM_TRUST : 1));
      hit += weights[u] * got;
    });
    if (total) best = Math.max(best, hit / total);
  }
  return best;
}
