import type { KnowledgeBase } from '../engine/types';
import { checkKnowledge } from '../engine/knowledge/check';

const cache = new Map<string, Promise<KnowledgeBase>>();
const check = 'check it with `npx faq-chat validate`';

async function fetchKnowledge(url: string): Promise<KnowledgeBase> {
  const fail = (why: string): never => {
    console.error(`[faq-chat] Could not load the knowledge file ${url}: ${why}.`);
    throw Error(why);
  };
  let res: Response | undefined;
  let json: unknown;
  let text = '';
  try {
    res = await fetch(url, { signal: AbortSignal.timeout?.(10000) });
    // A huge file would freeze the host page while it is parsed (indexing runs in slices); 10 MB holds 10,000 entries.
    if (res.ok) text = await res.text();
    if (res.ok && text.length <= 1e7) json = JSON.parse(text);
  } catch (e) {
    const err = e as Error;
    fail(
      err.name == 'TimeoutError'
        ? 'no answer within 10 seconds'
        : res?.ok
          ? `it is not valid JSON (${err.message}); ${check}`
          : err.message,
    );
  }
  if (!res!.ok) fail(`the server answered HTTP ${res!.status}; check the knowledge URL`);
  if (text.length > 1e7) fail('it is larger than 10 MB; keep it small, it is downloaded by every visitor');
  const { knowledge, problems } = checkKnowledge(json);
  // checkKnowledge names a path for every problem (a file that is no knowledge base gets "entries").
  const list = problems.map((p) => `\n  ${p.path}: ${p.message}`).join('');
  if (!knowledge) fail(`it is not a usable knowledge file; ${check}:${list}`);
  if (list)
    console.error(
      `[faq-chat] The knowledge file ${url} has problems; the affected entries were skipped. Fix them (${check}):${list}`,
    );
  return knowledge!;
}

/** Fetches and validates a knowledge file once per URL; later callers share the same result. */
export function loadKnowledge(url: string): Promise<KnowledgeBase> {
  let p = cache.get(url);
  if (!p) {
    p = fetchKnowledge(url);
    cache.set(url, p);
  }
  return p;
}
