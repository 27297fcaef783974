import type { Slot } from './analyze';
import { idf, SYNONYM_TRUST, type KnowledgeIndex } from './knowledge-index';

/** Weight of a message word that no entry contains: it is evidence the message is about something else. */
export const UNKNOWN_WEIGHT = 1.2;
/** Trust in one word of a known phrase matched on its own ("received" out of "never received"). */
export const PHRASE_WORD_TRUST = 0.7;
/** Bonus per extra matched part of the message. */
export const COORD = 0.15;

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

/** Scores of every entry that shares evidence with the message, best first, plus the message weight. */
export function rank(index: KnowledgeIndex, slots: Slot[]): { ranked: Ranked[]; weight: number; known: number } {
  const byEntry = new Map<number, Hit[]>();
  const queryTerms = new Map<string, number>();
  let weight = 0;
  let known = 0;
  slots.forEach((slot, s) => {
    // A phrase is specific, so its group counts fully and its single words less; a single word's group counts as a weaker synonym.
    const phrase = slot.text.includes(' ');
    const alts: [string, number][] = slot.stems.map((t) => [t, slot.trust * (phrase ? PHRASE_WORD_TRUST : 1)]);
    const synTrust = phrase ? 1 : SYNONYM_TRUST;
    for (const c of slot.concepts) alts.push([c, slot.trust * synTrust]);
    const best = new Map<number, Hit>();
    let max = 0;
    for (const [term, trust] of alts) {
      const p = index.postings.get(term);
      if (!p) continue;
      const w = trust * idf(index, term);
      queryTerms.set(term, Math.max(queryTerms.get(term) ?? 0, trust));
      if (w > max) max = w;
      for (let k = 0; k < p.entries.length; k++) {
        const value = w * p.weights[k];
        const e = p.entries[k];
        if (value > (best.get(e)?.value ?? 0)) best.set(e, { slot: s, term, field: p.fields[k], value });
      }
    }
    if (max > 0) known++;
    weight += max > 0 ? max : UNKNOWN_WEIGHT;
    for (const [e, hit] of best) {
      const list = byEntry.get(e);
      if (list) list.push(hit);
      else byEntry.set(e, [hit]);
    }
  });
  const ranked: Ranked[] = [];
  for (const [entry, hits] of byEntry) {
    // Entries that explain more separate parts of the message gain a little (Lucene's "coord").
    const score = hits.reduce((sum, h) => sum + h.value, 0) * (1 + COORD * (hits.length - 1));
    ranked.push({ entry, score, coverage: weight ? score / weight : 0, phrasing: phrasingCoverage(index, entry, queryTerms), hits });
  }
  ranked.sort((a, b) => b.score - a.score || a.entry - b.entry);
  return { ranked, weight, known };
}

/** The largest share (by idf) of one phrasing's content units that the message contains, as written or as a synonym. */
function phrasingCoverage(index: KnowledgeIndex, entry: number, query: Map<string, number>): number {
  let best = 0;
  for (const phrasing of index.phrasings[entry]) {
    let all = 0;
    let hit = 0;
    for (const unit of phrasing) {
      const w = Math.max(...unit.map((t) => (t[0] === '#' ? 0 : idf(index, t))), 0.5);
      all += w;
      let got = 0;
      for (const t of unit) got = Math.max(got, (query.get(t) ?? 0) * (t[0] === '#' ? SYNONYM_TRUST : 1));
      hit += w * got;
    }
    if (all) best = Math.max(best, hit / all);
  }
  return best;
}
