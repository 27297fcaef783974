/** What the worker downloads: the encoder's files from its own folder, and the knowledge file. Errors name the file. */
import { checkKnowledge } from '../../engine/knowledge/check';
import type { KnowledgeBase } from '../../engine/types';
import { FILES, readModelFiles, type ModelFiles } from '../../encoder/files';

async function get(url: string, method = 'GET'): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { method });
  } catch (e) {
    throw Error(`${url} could not be downloaded (${(e as Error).message})`);
  }
  if (!res.ok) throw Error(`${url} answered HTTP ${res.status}`);
  return res;
}

async function json(url: string): Promise<unknown> {
  const res = await get(url);
  try {
    return await res.json();
  } catch {
    throw Error(`${url} is not valid JSON`);
  }
}

/**
 * The model of the folder `home` (a URL ending in "/"): model.json, its weight files and vocab.json. The weights and
 * the vocabulary are requested at once, beside model.json, under the names scripts/build-model.mjs gives them, rather
 * than one round trip later, when model.json has named them (a phone's round trip can be a tenth of a second).
 */
export function fetchModelFiles(home: string): Promise<ModelFiles> {
  const started = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, load: () => Promise<T>) => {
    if (!started.has(key)) started.set(key, load());
    return started.get(key) as Promise<T>;
  };
  const reader = {
    json: (name: string) => once('json:' + name, () => json(new URL(name, home).href)),
    bytes: (name: string) => once('bytes:' + name, async () => (await get(new URL(name, home).href)).arrayBuffer()),
    where: (name: string) => new URL(name, home).href,
  };
  // Handled here so that an early failure is not reported as unhandled; readModelFiles reports it, naming the file.
  reader.bytes(FILES.weights).catch(() => {});
  reader.json(FILES.vocab).catch(() => {});
  return readModelFiles(reader);
}

/** The knowledge file, checked as the widget checks it (the widget already reported its problems to the site owner). */
export async function fetchKnowledge(url: string): Promise<KnowledgeBase> {
  const { knowledge } = checkKnowledge(await json(url));
  if (!knowledge) throw Error(`${url} is not a usable knowledge file`);
  return knowledge;
}

/** The Content-Security-Policy headers (enforced, report-only) sent with `url`; both null when it has none. */
export async function policyOf(url: string): Promise<(string | null)[]> {
  const h = (await get(url, 'HEAD')).headers;
  return [h.get('content-security-policy'), h.get('content-security-policy-report-only')];
}
