/**
 * Where our matcher spends its time on a big generated base: message analysis (typo correction included)
 * versus ranking, per message kind. Run: `node --expose-gc --import tsx bench/phases.ts [entries]`.
 * Add `--cpu-prof` to node's flags for a function-level profile of the same work.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeMessage, buildIndex } from '../src/engine/match/knowledge-index';
import { MAX_MESSAGE_CHARS } from '../src/engine/match/match';
import { rank } from '../src/engine/match/score';
import { generateKnowledgeBase, longMessages, paraphrases } from '../src/testing/generate-kb';
import { summarize } from './measure';

const n = Number(process.argv[2]) || 10000;
const kb = generateKnowledgeBase(n);
const t = performance.now();
const index = buildIndex(kb);
console.log(
  `[faq-chat] buildIndex of ${n} entries: ${(performance.now() - t).toFixed(0)} ms; ${index.postings.size} terms`,
);

const shopPath = fileURLToPath(new URL('../../shared/eval/shop.cases.json', import.meta.url));
const shop = existsSync(shopPath)
  ? (JSON.parse(readFileSync(shopPath, 'utf8')) as { cases: { q: string }[] }).cases.map((c) => c.q)
  : [];
const kinds: [string, string[]][] = [
  ['cases', shop],
  ['paraphrase', paraphrases(kb, 330)],
  ['long', longMessages(20)],
];

for (const [kind, texts] of kinds) {
  const a: number[] = [];
  const r: number[] = [];
  const candidates: number[] = [];
  for (const pass of [0, 1]) {
    for (const text of texts) {
      let t0 = performance.now();
      const slots = analyzeMessage(index, text.slice(0, MAX_MESSAGE_CHARS));
      const t1 = performance.now();
      const { ranked } = rank(index, slots);
      const t2 = performance.now();
      if (pass) {
        a.push(t1 - t0);
        r.push(t2 - t1);
        candidates.push(ranked.length);
      }
      t0 = t2;
    }
  }
  const sa = summarize(a);
  const sr = summarize(r);
  const sc = summarize(candidates);
  console.log(
    `${kind.padEnd(10)} analyze median/p95 ${sa.median.toFixed(2)}/${sa.p95.toFixed(2)} ms · ` +
      `rank median/p95 ${sr.median.toFixed(2)}/${sr.p95.toFixed(2)} ms · entries ranked median/p95 ${sc.median}/${sc.p95}`,
  );
}
