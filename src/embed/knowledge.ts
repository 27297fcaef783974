import type { KnowledgeBase } from '../engine/types';
import { validateKnowledge } from '../engine/validate';

const cache = new Map<string, Promise<KnowledgeBase>>();

async function fetchKnowledge(url: string): Promise<KnowledgeBase> {
  const where = `[faq-chat] Could not load the knowledge file ${url}`;
  let json: unknown;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout?.(10000) });
    if (!res.ok) throw Error(`the server answered HTTP ${res.status}; check the data-knowledge URL`);
    const text = await res.text();
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw Error(`it is not valid JSON (${(e as Error).message}); check it with \`npx faq-chat validate\``);
    }
  } catch (e) {
    const msg = (e as Error).name == 'TimeoutError' ? 'no answer within 10 seconds' : (e as Error).message;
    console.error(`${where}: ${msg}.`);
    throw e;
  }
  const { knowledge, problems } = validateKnowledge(json);
  if (problems.length) {
    const list = problems.map((p) => `\n  ${p.path || '(file)'}: ${p.message}`).join('');
    console.error(
      `${knowledge ? `[faq-chat] The knowledge file ${url} has problems; the affected entries were skipped` : where}. Fix them (check with \`npx faq-chat validate\`):${list}`,
    );
  }
  if (!knowledge) throw Error('invalid knowledge file');
  return knowledge;
}

/** Fetches and validates a knowledge file once per URL; later callers share the same result. */
export function loadKnowledge(url: string): Promise<KnowledgeBase> {
  let p = cache.get(url);
  if (!p) cache.set(url, (p = fetchKnowledge(url)));
  return p;
}
