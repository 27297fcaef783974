/** evaluate: how well a matcher answers a set of labelled questions (the numbers `faq-chat eval` prints). */
import type { Matcher, MatchResult, MatchStatus } from '../engine/types';

/** One labelled question: the entry id it should get, or null when the bot should decline. */
export interface EvalCase {
  q: string;
  expect: string | null;
}

/** A case the matcher did not get right, with what it did instead. */
export interface EvalMiss {
  q: string;
  expect: string | null;
  status: MatchStatus;
  /** The answered entry (status 'answer'). */
  id?: string;
  suggestions: string[];
}

/** Percentages rounded to one decimal; a share of zero cases is reported as 0. */
export interface EvalReport {
  /** Number of cases. */
  cases: number;
  /** % of in-scope cases answered with the expected entry. */
  correct: number;
  /** % of in-scope cases answered with, or suggesting, the expected entry. */
  helpful: number;
  /** % of all cases answered with a wrong entry (an answered out-of-scope case is wrong). */
  wrong: number;
  /** % of out-of-scope cases where the bot said it does not know. */
  declined: number;
  misses: EvalMiss[];
}

/** `part` as a percentage of `whole`, to one decimal; 0 when `whole` is 0. */
export const percent = (part: number, whole: number): number => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

/** Runs every case through the matcher and scores the outcome. */
export const evaluate = (matcher: Matcher, cases: readonly EvalCase[]): EvalReport =>
  evaluateResults(
    cases,
    cases.map((c) => matcher.match(c.q)),
  );

/** Scores results already computed, one per case in the same order (the CLI encodes all messages in one batch first). */
export function evaluateResults(cases: readonly EvalCase[], results: readonly MatchResult[]): EvalReport {
  let inScope = 0;
  let correct = 0;
  let helpful = 0;
  let wrong = 0;
  let declined = 0;
  const misses: EvalMiss[] = [];
  cases.forEach(({ q, expect }, i) => {
    const r = results[i];
    const answered = r.status === 'answer';
    let ok: boolean;
    if (expect === null) {
      ok = r.status === 'none';
      if (ok) declined++;
      if (answered) wrong++;
    } else {
      inScope++;
      ok = answered && r.id === expect;
      if (ok) correct++;
      else if (answered) wrong++;
      if (ok || r.suggestions.includes(expect)) helpful++;
    }
    if (!ok) {
      const miss: EvalMiss = { q, expect, status: r.status, suggestions: [...r.suggestions] };
      if (answered) miss.id = r.id;
      misses.push(miss);
    }
  });
  const outOfScope = cases.length - inScope;
  return {
    cases: cases.length,
    correct: percent(correct, inScope),
    helpful: percent(helpful, inScope),
    wrong: percent(wrong, cases.length),
    declined: percent(declined, outOfScope),
    misses,
  };
}
