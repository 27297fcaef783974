/**
 * The matching-quality bar (issue #2), measured exactly as `faq-chat eval` measures it, on the
 * development set written the way visitors write and on the default knowledge base's own cases.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { createMatcher } from '../engine/match/match';
import { validateKnowledge } from '../lint/validate';

const BAR = { correct: 16, helpful: 63, wrong: 3, declined: 85 };
const SETS: [string, string, string][] = [
  ['default knowledge base', 'knowledge/faq.json', 'knowledge/faq.cases.json'],
  ['shop (shared development set)', '../shared/eval/shop.kb.json', '../shared/eval/shop.cases.json'],
  ['clinic (held-out style)', 'eval/clinic.kb.json', 'eval/clinic.cases.json'],
  ['software company (held-out style)', 'eval/saas.kb.json', 'eval/saas.cases.json'],
];

describe('matching quality bar', () => {
  for (const [name, kbFile, casesFile] of SETS) {
    // ../shared/ sits beside the repo on our machines and in CI; a plain clone elsewhere may lack it: then the set
    // fails saying so, or, with FAQ_CHAT_NO_SHARED_EVAL=1, is reported as skipped with the reason in its name.
    if (!existsSync(kbFile)) {
      it.skipIf(process.env.FAQ_CHAT_NO_SHARED_EVAL === '1')(
        `${name}: not measured, ${kbFile} is missing (FAQ_CHAT_NO_SHARED_EVAL=1 skips it)`,
        () => {
          throw new Error(`${kbFile} is missing: put the shared evaluation sets in ../shared/eval/`);
        },
      );
      continue;
    }
    it(`${name}: correct ≥ ${BAR.correct}%, helpful ≥ ${BAR.helpful}%, wrong ≤ ${BAR.wrong}%, declined ≥ ${BAR.declined}%`, () => {
      const { knowledge, problems } = validateKnowledge(JSON.parse(readFileSync(kbFile, 'utf8')));
      expect(problems).toEqual([]);
      const report = evaluate(createMatcher(knowledge!), JSON.parse(readFileSync(casesFile, 'utf8')).cases);
      const figures = {
        correct: report.correct,
        helpful: report.helpful,
        wrong: report.wrong,
        declined: report.declined,
      };
      expect(figures.correct, JSON.stringify(figures)).toBeGreaterThanOrEqual(BAR.correct);
      expect(figures.helpful, JSON.stringify(figures)).toBeGreaterThanOrEqual(BAR.helpful);
      expect(figures.wrong, JSON.stringify(figures)).toBeLessThanOrEqual(BAR.wrong);
      expect(figures.declined, JSON.stringify(figures)).toBeGreaterThanOrEqual(BAR.declined);
    });
  }
});
