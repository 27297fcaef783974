/**
 * The same code with two sets of encoder weights, judged by `faq-chat eval` by meaning + words on every business set and
 * every public set (issue 22's bar: rank1, correct and helpful at most 0.5 points lower, wrong at most 0.5 points higher).
 *
 *   node --import tsx bench/encoder-eval.ts OLD_ENCODER_DIR NEW_ENCODER_DIR... [--sets=shop,public/hwu64-5shot]
 *
 * Several new folders give one table each, against the same run of the old one.
 * Each encoder folder is copied beside this build's dist/cli.js in .tmp/encoder-eval/ (the CLI loads the
 * faq-chat-encoder folder beside it), and the sets run one after the other (two shared cores).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const FIGURES = ['rank1', 'correct', 'helpful', 'wrong'] as const;
type Figures = Record<(typeof FIGURES)[number], number> & { outcomes: Map<string, string> };
/** How far a figure may move the wrong way (points). */
const TOLERANCE = 0.5;

const EVAL = join('..', 'shared', 'eval');
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const only = process.argv.find((a) => a.startsWith('--sets='))?.slice(7);
const sets =
  only?.split(',') ??
  [...readdirSync(EVAL).map((f) => f), ...readdirSync(join(EVAL, 'public')).map((f) => `public/${f}`)]
    .filter((f) => f.endsWith('.kb.json'))
    .map((f) => f.slice(0, -'.kb.json'.length));

/** A CLI of this build that loads the encoder of `encoder`. */
function cliWith(encoder: string, name: string): string {
  const home = join('.tmp', 'encoder-eval', name);
  rmSync(home, { recursive: true, force: true });
  mkdirSync(join(home, 'bin'), { recursive: true });
  for (const f of readdirSync('dist').filter((f) => /^cli.*\.js$/.test(f)))
    cpSync(join('dist', f), join(home, 'dist', f));
  cpSync(encoder, join(home, 'dist', 'faq-chat-encoder'), { recursive: true });
  cpSync(join('bin', 'faq-chat.js'), join(home, 'bin', 'faq-chat.js'));
  return join(home, 'bin', 'faq-chat.js');
}

function run(cli: string, set: string): Figures {
  const out = execFileSync(
    process.execPath,
    [cli, 'eval', join(EVAL, `${set}.kb.json`), join(EVAL, `${set}.cases.json`), '--json'],
    { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const report = JSON.parse(out);
  if (!String(report.matcher).includes('meaning')) throw Error(`[faq-chat] ${cli} did not match by meaning on ${set}`);
  // Each case's outcome (the cases that are not misses were handled right), to count cases that moved.
  const outcomes = new Map<string, string>();
  for (const m of report.misses as {
    q: string;
    expect: string | null;
    status: string;
    id?: string;
    suggestions: string[];
  }[])
    outcomes.set(
      `${m.q}\u0000${m.expect}`,
      m.status == 'answer' ? 'wrong' : m.expect !== null && m.suggestions.includes(m.expect) ? 'helpful' : 'missed',
    );
  return { ...(Object.fromEntries(FIGURES.map((f) => [f, report[f]])) as Record<string, number>), outcomes } as Figures;
}

if (dirs.length < 2 || !dirs.every((d) => existsSync(join(d, 'model.json'))))
  throw Error('[faq-chat] usage: bench/encoder-eval.ts OLD_ENCODER_DIR NEW_ENCODER_DIR... (each with a model.json)');
const clis = dirs.map((d, i) => cliWith(d, String(i)));
const results = sets.map((set) => {
  const figures = clis.map((cli) => run(cli, set));
  console.error(`[faq-chat] ${set}: ${figures.map((f) => FIGURES.map((k) => f[k]).join('/')).join('  ')}`);
  return figures;
});
for (let n = 1; n < dirs.length; n++) {
  let pass = true;
  console.log(`\nOld: ${dirs[0]}; new: ${dirs[n]}; the same code (this build's dist/cli.js), by meaning + words.\n`);
  console.log(`| Set | ${FIGURES.join(' | ')} |\n|---|${FIGURES.map(() => '---|').join('')}`);
  sets.forEach((set, s) => {
    const [a, b] = [results[s][0], results[s][n]];
    const cells = FIGURES.map((f) => {
      const delta = Math.round((b[f] - a[f]) * 10) / 10;
      const bad = f == 'wrong' ? delta > TOLERANCE : delta < -TOLERANCE;
      if (bad) pass = false;
      return `${a[f].toFixed(1)} → ${b[f].toFixed(1)} (${delta >= 0 ? '+' : ''}${delta.toFixed(1)}${bad ? ' ✗' : ''})`;
    });
    console.log(`| ${set} | ${cells.join(' | ')} |`);
  });
  console.log(`\n${pass ? 'Every figure within' : 'NOT every figure within'} ${TOLERANCE} points.`);
  pooled(n);
}

/** Cases in scope per set (the denominator of rank1, correct and helpful) and in all. */
function caseCounts(set: string): { inScope: number; all: number } {
  const { cases } = JSON.parse(readFileSync(join(EVAL, `${set}.cases.json`), 'utf8')) as {
    cases: { expect: unknown }[];
  };
  return { inScope: cases.filter((c) => c.expect !== null).length, all: cases.length };
}

/**
 * The figures pooled over every set run (cases, not sets, weighted alike) and how many cases changed outcome each way
 * (a case is right, helpful — the expected entry suggested —, wrong or missed); a rank1 change is not per case here.
 */
function pooled(n: number) {
  const ranks = ['right', 'helpful', 'missed', 'wrong'];
  let better = 0;
  let worse = 0;
  const sums = {
    old: { rank1: 0, correct: 0, helpful: 0, wrong: 0 },
    new: { rank1: 0, correct: 0, helpful: 0, wrong: 0 },
  };
  let inScope = 0;
  let all = 0;
  sets.forEach((set, s) => {
    const counts = caseCounts(set);
    inScope += counts.inScope;
    all += counts.all;
    const [a, b] = [results[s][0], results[s][n]];
    for (const [side, f] of [
      ['old', a],
      ['new', b],
    ] as const) {
      for (const k of ['rank1', 'correct', 'helpful'] as const) sums[side][k] += (f[k] * counts.inScope) / 100;
      sums[side].wrong += (f.wrong * counts.all) / 100;
    }
    let up = 0;
    let down = 0;
    for (const key of new Set([...a.outcomes.keys(), ...b.outcomes.keys()])) {
      const d = ranks.indexOf(a.outcomes.get(key) ?? 'right') - ranks.indexOf(b.outcomes.get(key) ?? 'right');
      if (d > 0) up++;
      if (d < 0) down++;
    }
    better += up;
    worse += down;
    console.log(`${set}: ${up} cases better, ${down} worse`);
  });
  const pct = (x: number, of: number) => ((100 * x) / of).toFixed(2);
  console.log(
    `Pooled over ${inScope} in-scope and ${all} cases: ` +
      (['rank1', 'correct', 'helpful', 'wrong'] as const)
        .map((k) => {
          const of = k == 'wrong' ? all : inScope;
          return `${k} ${pct(sums.old[k], of)} → ${pct(sums.new[k], of)}`;
        })
        .join(', ') +
      `; ${better} cases better, ${worse} worse.`,
  );
}
