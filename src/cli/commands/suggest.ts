/** `faq-chat suggest-alternates <kb.json> <messages.txt>`: which entry each real visitor message most likely belongs to, as alternates to paste. */
import type { Ranked } from '../../engine/match/score';
import type { Candidate, KnowledgeBase, Matcher } from '../../engine/types';
import type { Args } from '../args';
import { CliError, print, type Io } from '../io';
import { loadKnowledge, plural, readText } from '../load';
import { createMatching, type TextRun } from '../matching';

/** Below this confidence a message is listed under "none": the best entry is a guess, not a suggestion. */
export const MIN_CONFIDENCE = 0.15;
/** Below this cosine a message's meaning is no evidence for an entry (unrelated questions score about 0.3 to 0.45 with USE-lite). */
export const MIN_COSINE = 0.5;

/** Words of an entry's answer alone are no reason to paste a message into its alternates: the question, alternates or keywords must match too. */
const beyondAnswer = (fields: readonly { field: string }[]): boolean => fields.some((f) => f.field !== 'answer');

/** What happened to one message. */
export interface Placed {
  text: string;
  /** The most likely entry, or null for none. */
  id: string | null;
  confidence: number;
  /** True when the widget already answers it with `id`. */
  answered: boolean;
}

/** The messages of a file: one per line, blank lines and repeats (ignoring case) skipped. */
export function messageLines(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const key = line.toLowerCase();
    if (!line || seen.has(key)) continue;
    seen.add(key);
    out.push(line);
  }
  return out;
}

/** The most likely entry of one message, with the matcher's confidence; none when only its answer's words match. */
export function place(matcher: Matcher, text: string): Placed {
  const { result, candidates } = matcher.explain(text);
  if (result.status === 'answer' && result.id) return { text, id: result.id, confidence: result.score, answered: true };
  const best: Candidate | undefined =
    result.status === 'suggest' ? candidates.find((c) => c.id === result.suggestions[0]) : candidates[0];
  if (result.smallTalk || !best || best.score < MIN_CONFIDENCE || !beyondAnswer(best.matched))
    return { text, id: null, confidence: best?.score ?? 0, answered: false };
  return { text, id: best.id, confidence: best.score, answered: false };
}

/**
 * The same by meaning + words: the best entry of the hybrid ranking, its cosine as the confidence. It needs
 * evidence beyond the answer's words: a cosine of at least MIN_COSINE with its question or an alternate, or
 * message words in them or its keywords.
 */
export function placeByMeaning(kb: KnowledgeBase, text: string, run: TextRun): Placed {
  const { result, hybrid = [] } = run;
  if (result.status === 'answer' && result.id)
    return { text, id: result.id, confidence: run.hybrid?.[0]?.cosine ?? result.score, answered: true };
  const first = result.status === 'suggest' ? result.suggestions[0] : undefined;
  const best = (first && hybrid.find((h) => kb.entries[h.entry].id === first)) || hybrid[0];
  const words = (r: Ranked | undefined) => !!r && beyondAnswer(r.hits);
  if (result.smallTalk || !best || (best.cosine < MIN_COSINE && !words(best.ranked)))
    return { text, id: null, confidence: best?.cosine ?? 0, answered: false };
  return { text, id: kb.entries[best.entry].id, confidence: best.cosine, answered: false };
}

const fixed = (n: number) => n.toFixed(2);

function report(matcher: Matcher, placed: Placed[], label: string): string[] {
  const open = placed.filter((p) => !p.answered && p.id !== null);
  const groups = new Map<string, Placed[]>();
  for (const p of open.sort((a, b) => b.confidence - a.confidence))
    groups.set(p.id as string, [...(groups.get(p.id as string) ?? []), p]);
  const lines = [
    `matcher: ${label}`,
    `${plural(placed.length, 'message')}: ${open.length} to add as alternates, ${placed.filter((p) => p.answered).length} already answered, ${placed.filter((p) => p.id === null).length} matching no entry`,
  ];
  for (const [id, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    lines.push('', `${id} — "${matcher.entry(id)?.question ?? id}" (${plural(list.length, 'message')})`);
    for (const p of list) lines.push(`  ${fixed(p.confidence)}  ${p.text}`);
    lines.push(
      '  paste into its "alternates" (after checking each really asks this):',
      `    ${list.map((p) => JSON.stringify(p.text)).join(', ')}`,
    );
  }
  const none = placed.filter((p) => p.id === null);
  if (none.length)
    lines.push(
      '',
      'none (no entry fits: a new entry, or a question to leave to the fallback):',
      ...none.map((p) => `  ${p.text}`),
    );
  const answered = placed.filter((p) => p.answered);
  if (answered.length)
    lines.push(
      '',
      'already answered (check the entry is the right one):',
      ...answered.map((p) => `  ${fixed(p.confidence)}  ${p.id}  ${p.text}`),
    );
  return lines;
}

/** Prints the proposals (or JSON with --json); exit 0. */
export async function suggestCommand(args: Args, io: Io): Promise<number> {
  const [kbPath, messagesPath] = args.positionals;
  const kb = await loadKnowledge(io, kbPath);
  const messages = messageLines(await readText(io, messagesPath));
  if (!messages.length) throw new CliError(`${messagesPath} has no messages; put one visitor message per line`);
  const matching = await createMatching(io, kb, args.flags.lexical === true);
  const matcher = matching.words;
  const placed = matching.semantic
    ? (await matching.runAll(messages)).map((run, i) => placeByMeaning(kb, messages[i], run))
    : messages.map((m) => place(matcher, m));
  if (args.flags.json) {
    const entries: Record<string, { text: string; confidence: number }[]> = {};
    for (const p of placed) {
      if (p.answered || !p.id) continue;
      entries[p.id] ??= [];
      entries[p.id].push({ text: p.text, confidence: p.confidence });
    }
    const answered = placed.filter((p) => p.answered).map(({ text, id, confidence }) => ({ text, id, confidence }));
    const none = placed.filter((p) => p.id === null).map(({ text, confidence }) => ({ text, confidence }));
    print(io, JSON.stringify({ matcher: matching.label, entries, answered, none }, null, 2));
    return 0;
  }
  print(io, ...report(matcher, placed, matching.label));
  return 0;
}
