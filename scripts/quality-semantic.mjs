#!/usr/bin/env node
// The matching-quality bar with the sentence encoder, run by `npm test` after the build (the encoder's files
// are built, not checked in, so this cannot be a unit test). It runs the built CLI exactly as a site owner
// would (`faq-chat eval --json`) and fails when a set falls below its bar. Words-only figures are held by
// src/eval/quality.test.ts.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Bars: no worse than words alone on the business sets' wrong and declined, and better ranking. */
const BAR = { correct: 13, helpful: 63, wrong: 3, declined: 85, rank1: 60 };
const SETS = [
  ['default knowledge base', 'knowledge/faq.json', 'knowledge/faq.cases.json'],
  ['shop (shared development set)', '../shared/eval/shop.kb.json', '../shared/eval/shop.cases.json'],
  ['clinic', 'eval/clinic.kb.json', 'eval/clinic.cases.json'],
  ['software company', 'eval/saas.kb.json', 'eval/saas.cases.json'],
];

let passed = 0;
let failed = 0;
for (const [name, kb, cases] of SETS) {
  // ../shared/ sits beside the repo on our machines and in CI; a plain clone elsewhere may lack it.
  if (!existsSync(kb)) continue;
  const out = execFileSync(process.execPath, ['bin/faq-chat.js', 'eval', kb, cases, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const r = JSON.parse(out);
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
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
