/**
 * The studio's Check: what the widget gives each visitor message, the entries ranked best for it, the entry it most
 * likely belongs to (suggest-alternates' rule), eval's figures when the messages carry expected ids (before and
 * after the edits); and, asked apart (it runs every phrasing), the entries too close to tell apart (build's rule).
 * All of it is the CLI's own code.
 */
import { askPairs, type AskedPair } from '../../cli/close-pairs';
import { place, placeByMeaning } from '../../cli/commands/suggest';
import type { CliEncoder } from '../../cli/encoder';
import { lexicalMatching, semanticMatching, type Matching } from '../../cli/matching';
import { createMatcher } from '../../engine/match/match';
import type { KnowledgeBase, MatchResult, ValidationProblem } from '../../engine/types';
import { evaluateResults, type EvalReport } from '../../eval/evaluate';
import { rankFigures, type RankFigures } from '../../eval/evaluate-rank';
import { validateKnowledge } from '../../lint/validate';

/** One visitor message, with the entry it should get when the owner knows it (a cases file, or the CSV's `expect`). */
export interface CheckMessage {
  text: string;
  expect?: string | null;
}

/** What the studio shows for one message. */
export interface CheckedMessage {
  text: string;
  result: MatchResult;
  /** The best entries for it, best first (at most three), with their cosine when matching by meaning. */
  ranked: { id: string; cosine?: number }[];
  /** The entry it most likely belongs to (null for none), as `faq-chat suggest-alternates` places it. */
  place: string | null;
}

/** Eval's figures for the messages with expected ids. */
export type Figures = EvalReport & RankFigures;

/** The whole answer to a Check. */
export interface CheckReport {
  /** e.g. "meaning + words (Universal Sentence Encoder lite, wasm)" or "words only". */
  matching: string;
  messages: CheckedMessage[];
  /** With expected ids: the figures for the edits (`after`) and for the file as loaded (`before`). */
  figures?: { before?: Figures; after: Figures };
}

/** The usable knowledge of a parsed file, or its problems when it has none. */
export function usable(json: unknown): { knowledge: KnowledgeBase } | { problems: ValidationProblem[] } {
  const { knowledge, problems } = validateKnowledge(json);
  return knowledge ? { knowledge } : { problems };
}

const matchingFor = (kb: KnowledgeBase, encoder: CliEncoder | null): Promise<Matching> | Matching =>
  encoder ? semanticMatching(kb, encoder) : lexicalMatching(kb);

async function figures(kb: KnowledgeBase, encoder: CliEncoder | null, messages: CheckMessage[]): Promise<Figures> {
  const known = new Set(kb.entries.map((e) => e.id));
  const cases = messages.flatMap((m) =>
    m.expect === undefined || (m.expect !== null && !known.has(m.expect)) ? [] : [{ q: m.text, expect: m.expect }],
  );
  const runs = await (await matchingFor(kb, encoder)).runAll(cases.map((c) => c.q));
  return {
    ...evaluateResults(
      cases,
      runs.map((r) => r.result),
    ),
    ...rankFigures(
      cases,
      runs.map((r) => r.order),
    ),
  };
}

/** Checks `messages` against the edited knowledge `kb` (and eval's figures against `before`, the file as loaded). */
export async function checkMessages(
  kb: KnowledgeBase,
  messages: CheckMessage[],
  encoder: CliEncoder | null,
  before?: KnowledgeBase,
): Promise<CheckReport> {
  const matching = await matchingFor(kb, encoder);
  const runs = await matching.runAll(messages.map((m) => m.text));
  const matcher = encoder ? undefined : createMatcher(kb);
  const checked = runs.map((run, i): CheckedMessage => {
    const text = messages[i].text;
    const placed = matcher ? place(matcher, text) : placeByMeaning(kb, text, run);
    const ranked = run.hybrid
      ? run.hybrid.slice(0, 3).map((h) => ({ id: kb.entries[h.entry].id, cosine: Math.round(h.cosine * 100) / 100 }))
      : run.order.slice(0, 3).map((id) => ({ id }));
    return { text, result: run.result, ranked, place: placed.id };
  });
  const report: CheckReport = { matching: matching.label, messages: checked };
  if (messages.some((m) => m.expect !== undefined))
    report.figures = {
      after: await figures(kb, encoder, messages),
      before: before ? await figures(before, encoder, messages) : undefined,
    };
  return report;
}

/** The entries too close to tell apart, as `faq-chat build` finds them: every phrasing asked as `ask` would. */
export async function closePairs(
  kb: KnowledgeBase,
  encoder: CliEncoder | null,
): Promise<{ matching: string; pairs: AskedPair[] }> {
  const matching = await matchingFor(kb, encoder);
  return { matching: matching.label, pairs: await askPairs(kb, matching) };
}
