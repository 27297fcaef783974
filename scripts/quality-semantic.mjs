#!/usr/bin/env node
// The matching-quality bar with the sentence encoder, run by `npm test` after the build (the encoder's files
// are built, not checked in, so this cannot be a unit test). It runs the built CLI exactly as a site owner
// would (`faq-chat eval --json`) and fails when a set falls below its bar. Words-only figures are held by
// src/eval/quality.test.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Bars per set, just under today's figures so a regression fails (issue 19 traded declines of in-domain questions
 * the FAQ does not cover for choices on in-scope ones: helpful up, declined down).
 */
const BAR = { correct: 13, helpful: 65, wrong: 3, declined: 65, rank1: 60 };
/** The three shared business sets, pooled (their kinds are in ../shared/eval/*.cats.json). */
const SHARED = ['shop', 'immigration-law', 'home-services'];
const POOLED_BAR = { correct: 34, helpful: 76, wrong: 2, declined: 65 };
const SETS = [
  ['default knowledge base', 'knowledge/faq.json', 'knowledge/faq.cases.json'],
  ['shop (shared development set)', '../shared/eval/shop.kb.json', '../shared/eval/shop.cases.json'],
  ['clinic', 'eval/clinic.kb.json', 'eval/clinic.cases.json'],
  ['software company', 'eval/saas.kb.json', 'eval/saas.cases.json'],
];

const evaluate = (kb, cases) =>
  JSON.parse(
    execFileSync(process.execPath, ['bin/faq-chat.js', 'eval', kb, cases, '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );

let passed = 0;
let failed = 0;
for (const [name, kb, cases] of SETS) {
  // ../shared/ sits beside the repo on our machines and in CI; a plain clone elsewhere may lack it.
  if (!existsSync(kb)) continue;
  const r = evaluate(kb, cases);
  const problems = [
    r.matcher?.startsWith('meaning') === false && `ran "${r.matcher}", not the sentence encoder`,
    r.correct < BAR.correct && `correct ${r.correct}% < ${BAR.correct}%`,
    r.helpful < BAR.helpful && `helpful ${r.helpful}% < ${BAR.helpful}%`,
    r.wrong > BAR.wrong && `wrong ${r.wrong}% > ${BAR.wrong}%`,
    r.declined < BAR.declined && `declined ${r.declined}% < ${BAR.declined}%`,
    r.rank1 < BAR.rank1 && `rank1 ${r.rank1}% < ${BAR.rank1}%`,
  ].filter(Boolean);
  const figures = `correct ${r.correct}, helpful ${r.helpful}, wrong ${r.wrong}, declined ${r.declined}, rank1 ${r.rank1}, rank3 ${r.rank3}`;
  if (problems.length) {
    failed++;
    console.error(`✗ ${name} by meaning + words: ${problems.join('; ')} (${figures})`);
  } else {
    passed++;
    console.log(`✓ ${name} by meaning + words: ${figures}`);
  }
}
// Pooled over the shared sets: each weighs by its number of cases (in scope for correct and helpful, out of scope for declined).
if (SHARED.every((set) => existsSync(`../shared/eval/${set}.kb.json`))) {
  const sum = { inScope: 0, outOfScope: 0, all: 0, correct: 0, helpful: 0, wrong: 0, declined: 0 };
  for (const set of SHARED) {
    const file = `../shared/eval/${set}.cases.json`;
    const all = JSON.parse(readFileSync(file, 'utf8')).cases;
    const out = all.filter((c) => c.expect === null).length;
    const r = evaluate(`../shared/eval/${set}.kb.json`, file);
    sum.inScope += all.length - out;
    sum.outOfScope += out;
    sum.all += all.length;
    sum.correct += r.correct * (all.length - out);
    sum.helpful += r.helpful * (all.length - out);
    sum.wrong += r.wrong * all.length;
    sum.declined += r.declined * out;
  }
  const p = {
    correct: sum.correct / sum.inScope,
    helpful: sum.helpful / sum.inScope,
    wrong: sum.wrong / sum.all,
    declined: sum.declined / sum.outOfScope,
  };
  const problems = [
    p.correct < POOLED_BAR.correct && `correct < ${POOLED_BAR.correct}%`,
    p.helpful < POOLED_BAR.helpful && `helpful < ${POOLED_BAR.helpful}%`,
    p.wrong > POOLED_BAR.wrong && `wrong > ${POOLED_BAR.wrong}%`,
    p.declined < POOLED_BAR.declined && `declined < ${POOLED_BAR.declined}%`,
  ].filter(Boolean);
  const figures = Object.entries(p)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ');
  if (problems.length) {
    failed++;
    console.error(`✗ ${SHARED.join(' + ')} pooled by meaning + words: ${problems.join('; ')} (${figures})`);
  } else {
    passed++;
    console.log(`✓ ${SHARED.join(' + ')} pooled by meaning + words: ${figures}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
