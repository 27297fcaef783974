/** `faq-chat eval <kb.json> <cases.json>`: the matcher's quality on labelled questions. */
import { parseCases } from '../../eval/cases';
import { evaluateResults, type EvalCase, type EvalMiss, type EvalReport } from '../../eval/evaluate';
import { rankFigures, type RankFigures } from '../../eval/evaluate-rank';
import type { KnowledgeBase } from '../../engine/types';
import { formatProblems } from '../../lint/validate';
import type { Args } from '../args';
import { createExplainer, type Explainer } from '../explain';
import { hybridCandidates, hybridLines } from '../explain-hybrid';
import { CliError, print, warn, type Io } from '../io';
import { loadKnowledge, plural, readJson } from '../load';
import { createMatching, type TextRun } from '../matching';

const BARS = [
  { flag: 'min-correct', figure: 'correct', below: true },
  { flag: 'min-helpful', figure: 'helpful', below: true },
  { flag: 'max-wrong', figure: 'wrong', below: false },
  { flag: 'min-declined', figure: 'declined', below: true },
] as const;

const outcome = (m: EvalMiss): string => {
  if (m.status === 'answer') return `answered ${m.id}`;
  if (m.status === 'suggest') return `suggested [${m.suggestions.join(', ')}]`;
  return 'declined';
};

function summary(r: EvalReport & RankFigures, inScope: number, outOfScope: number): string[] {
  const row = (name: string, value: number, whole: number, what: string) =>
    `  ${name.padEnd(9)}${whole ? `${value.toFixed(1)}%`.padStart(6) : '   n/a'}  ${what}`;
  return [
    `${plural(r.cases, 'case')} (${inScope} in scope, ${outOfScope} out of scope)`,
    row('correct', r.correct, inScope, 'in-scope questions answered with the expected entry'),
    row('helpful', r.helpful, inScope, 'in-scope questions answered with or offering the expected entry'),
    row('wrong', r.wrong, r.cases, 'questions answered with a wrong entry (keep this low)'),
    row('declined', r.declined, outOfScope, 'out-of-scope questions the bot declined'),
    row('rank1', r.rank1, inScope, 'in-scope questions whose expected entry the matcher ranks first'),
    row('rank3', r.rank3, inScope, 'in-scope questions whose expected entry it ranks in the top three'),
  ];
}

/** Why-lines of one miss: the words evidence, then (with meaning) the hybrid candidates and their cosines. */
type MissExplainer = (m: EvalMiss, run: TextRun) => string[];

function missLines(m: EvalMiss, run: TextRun, explain: MissExplainer | undefined): string[] {
  const expected = m.expect === null ? 'should decline' : `expected ${m.expect}`;
  const lines = [`  ${JSON.stringify(m.q)}: ${expected}; ${outcome(m)}`];
  return explain ? [...lines, ...explain(m, run)] : lines;
}

function missExplainer(kb: KnowledgeBase, words: Explainer): MissExplainer {
  return (m, run) => [...words(m.q, '      '), ...(run.hybrid ? hybridLines(kb, run.hybrid, '      ') : [])];
}

/** The cases file's cases, or a CliError after listing its problems. */
async function readCases(io: Io, casesPath: string, kb: KnowledgeBase): Promise<EvalCase[]> {
  const parsed = parseCases(await readJson(io, casesPath), kb);
  if ('problems' in parsed) {
    warn(
      io,
      ...formatProblems(parsed.problems)
        .split('\n')
        .map((line) => `${casesPath}: ${line}`),
    );
    throw new CliError(`${casesPath} has ${plural(parsed.problems.length, 'problem')}; fix them to run the evaluation`);
  }
  return parsed.cases;
}

/** Warns about each --min/--max bar the figures missed; the exit code: 1 when one was missed. */
function missedBars(io: Io, args: Args, report: EvalReport & RankFigures): number {
  const failed = BARS.filter(({ flag, figure, below }) => {
    const bar = args.flags[flag];
    return typeof bar === 'number' && (below ? report[figure] < bar : report[figure] > bar);
  });
  for (const { flag, figure, below } of failed) {
    warn(io, `${figure} is ${report[figure]}%, ${below ? 'below' : 'above'} --${flag} ${args.flags[flag]}`);
  }
  return failed.length ? 1 : 0;
}

/** Prints the figures and misses; exit 1 only when a --min/--max bar is not met. */
export async function evalCommand(args: Args, io: Io): Promise<number> {
  const [kbPath, casesPath] = args.positionals;
  const kb = await loadKnowledge(io, kbPath);
  const cases = await readCases(io, casesPath, kb);
  const matching = await createMatching(io, kb, args.flags.lexical === true);
  const runs = await matching.runAll(cases.map((c) => c.q));
  const report = {
    ...evaluateResults(
      cases,
      runs.map((r) => r.result),
    ),
    ...rankFigures(
      cases,
      runs.map((r) => r.order),
    ),
  };
  // Misses keep the cases' order, so each finds its case's run by walking along once.
  let at = 0;
  const runOf = new Map(
    report.misses.map((m) => {
      while (cases[at].q !== m.q || cases[at].expect !== m.expect) at++;
      return [m, runs[at++]] as const;
    }),
  );
  const matcher = args.flags.explain ? matching.words : undefined;
  if (args.flags.json) {
    const misses = matcher
      ? report.misses.map((m) => {
          const hybrid = runOf.get(m)?.hybrid;
          return {
            ...m,
            explanation: matcher.explain(m.q),
            ...(hybrid ? { hybrid: hybridCandidates(kb, hybrid) } : {}),
          };
        })
      : report.misses;
    const { misses: _, ...figures } = report;
    print(io, JSON.stringify({ matcher: matching.label, ...figures, misses }, null, 2));
  } else {
    const explainer = matcher ? missExplainer(kb, createExplainer(kb, matcher)) : undefined;
    const inScope = cases.filter((c) => c.expect !== null).length;
    print(
      io,
      `${casesPath} against ${kbPath}, matcher: ${matching.label}`,
      ...summary(report, inScope, report.cases - inScope),
    );
    if (report.misses.length) {
      print(
        io,
        '',
        `${plural(report.misses.length, 'miss')}:`,
        ...report.misses.flatMap((m) => missLines(m, runOf.get(m) as TextRun, explainer)),
      );
    }
  }
  return missedBars(io, args, report);
}
