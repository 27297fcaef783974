/** `faq-chat eval <kb.json> <cases.json>`: the matcher's quality on labelled questions. */
import { parseCases } from '../../engine/cases';
import { evaluate, type EvalMiss, type EvalReport } from '../../engine/evaluate';
import { createMatcher } from '../../engine/match';
import { formatProblems } from '../../engine/validate';
import type { Args } from '../args';
import { createExplainer, type Explainer } from '../explain';
import { CliError, print, warn, type Io } from '../io';
import { loadKnowledge, plural, readJson } from '../load';

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

function summary(r: EvalReport, inScope: number, outOfScope: number): string[] {
  const row = (name: string, value: number, whole: number, what: string) =>
    `  ${name.padEnd(9)}${whole ? `${value.toFixed(1)}%`.padStart(6) : '   n/a'}  ${what}`;
  return [
    `${plural(r.cases, 'case')} (${inScope} in scope, ${outOfScope} out of scope)`,
    row('correct', r.correct, inScope, 'in-scope questions answered with the expected entry'),
    row('helpful', r.helpful, inScope, 'in-scope questions answered with or offering the expected entry'),
    row('wrong', r.wrong, r.cases, 'questions answered with a wrong entry (keep this low)'),
    row('declined', r.declined, outOfScope, 'out-of-scope questions the bot declined'),
  ];
}

function missLines(m: EvalMiss, explain: Explainer | undefined): string[] {
  const expected = m.expect === null ? 'should decline' : `expected ${m.expect}`;
  const lines = [`  ${JSON.stringify(m.q)}: ${expected}; ${outcome(m)}`];
  return explain ? [...lines, ...explain(m.q, '      ')] : lines;
}

/** Prints the figures and misses; exit 1 only when a --min/--max bar is not met. */
export async function evalCommand(args: Args, io: Io): Promise<number> {
  const [kbPath, casesPath] = args.positionals;
  const kb = await loadKnowledge(io, kbPath);
  const parsed = parseCases(await readJson(io, casesPath), kb);
  if ('problems' in parsed) {
    warn(io, ...formatProblems(parsed.problems).split('\n').map((line) => `${casesPath}: ${line}`));
    throw new CliError(`${casesPath} has ${plural(parsed.problems.length, 'problem')}; fix them to run the evaluation`);
  }
  const matcher = createMatcher(kb);
  const report = evaluate(matcher, parsed.cases);
  if (args.flags.json) {
    const misses = args.flags.explain ? report.misses.map((m) => ({ ...m, explanation: matcher.explain(m.q) })) : report.misses;
    print(io, JSON.stringify({ ...report, misses }, null, 2));
  } else {
    const explainer = args.flags.explain ? createExplainer(kb, matcher) : undefined;
    const inScope = parsed.cases.filter((c) => c.expect !== null).length;
    print(io, `${casesPath} against ${kbPath}:`, ...summary(report, inScope, report.cases - inScope));
    if (report.misses.length) {
      print(io, '', `${plural(report.misses.length, 'miss')}:`, ...report.misses.flatMap((m) => missLines(m, explainer)));
    }
  }
  const failed = BARS.filter(({ flag, figure, below }) => {
    const bar = args.flags[flag];
    return typeof bar === 'number' && (below ? report[figure] < bar : report[figure] > bar);
  });
  for (const { flag, figure, below } of failed) {
    warn(io, `${figure} is ${report[figure]}%, ${below ? 'below' : 'above'} --${flag} ${args.flags[flag]}`);
  }
  return failed.length ? 1 : 0;
}
