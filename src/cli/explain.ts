/** Formats a matcher's Explanation so a site owner sees which words matched which entry, and how. */
import type { Explanation, Matcher } from '../engine/types';

/** Indented lines describing why the matcher decided what it did. */
export function formatExplanation(matcher: Matcher, e: Explanation, indent = ''): string[] {
  const lines = [`terms: ${e.terms.length ? e.terms.join(', ') : '(none after removing stop words)'}`];
  if (e.unknown.length) {
    lines.push(`unknown words: ${e.unknown.join(', ')} (no entry contains them: add them to an entry's alternates or keywords, or a synonym group)`);
  }
  if (!e.candidates.length) lines.push('candidates: none');
  e.candidates.forEach((c, i) => {
    const question = matcher.entry(c.id)?.question;
    lines.push(`${i + 1}. ${c.id} (${c.score.toFixed(2)})${question ? ` "${question}"` : ''}`);
    for (const m of c.matched) {
      // Internal concept ids (#12) mean nothing to an owner; the "via" already says it was a synonym.
      const term = m.term === m.word || m.term.startsWith('#') ? '' : ` → "${m.term}"`;
      lines.push(`     "${m.word}"${term} in ${m.field} (${m.via})`);
    }
  });
  return lines.map((l) => indent + l);
}
