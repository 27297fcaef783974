/**
 * What the worker downloads: the encoder's files from its folder (the knowledge comes from the widget, which has
 * loaded it already). Errors name the file.
 */
import { readModelFiles, type ModelFiles } from '../../encoder/files';

async function get(url: string, method = 'GET'): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { method });
  } catch (e) {
    // From another origin (faq-chat on a CDN), a refusal for want of CORS headers is a bare "Failed to fetch".
    const cors =
      new URL(url).origin != location.origin
        ? `; ${new URL(url).origin} must send Access-Control-Allow-Origin (npm CDNs do)`
        : '';
    throw Error(`${url} could not be downloaded (${(e as Error).message})${cors}`);
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

/** The Content-Security-Policy headers (enforced, report-only) sent with `url`; both null when it has none. */
export async function policyOf(url: string): Promise<(string | null)[]> {
  const h = (await get(url, 'HEAD')).headers;
  return [h.get('content-security-policy'), h.get('content-security-policy-report-only')];
}
