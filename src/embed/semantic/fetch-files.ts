/** What the worker downloads: the encoder's files from its own folder, and the knowledge file. Errors name the file. */
import { checkKnowledge } from '../../engine/knowledge/check';
import type { KnowledgeBase } from '../../engine/types';
import { readModelFiles, type ModelFiles } from '../../encoder/files';

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

/** The model of the folder `home` (a URL ending in "/"): model.json, its weight files and vocab.json. */
export const fetchModelFiles = (home: string): Promise<ModelFiles> =>
  readModelFiles({
    json: (name) => json(new URL(name, home).href),
    bytes: async (name) => (await get(new URL(name, home).href)).arrayBuffer(),
    where: (name) => new URL(name, home).href,
  });

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
