/**
 * What the worker downloads: the encoder's files from its folder (the knowledge comes from the widget, which has
 * loaded it already). Errors name the file.
 */
import { FILES, readModelFiles, type ModelFiles } from '../../encoder/files';

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

/** The Content-Security-Policy headers (enforced, report-only) sent with `url`; both null when it has none. */
export async function policyOf(url: string): Promise<(string | null)[]> {
  const h = (await get(url, 'HEAD')).headers;
  return [h.get('content-security-policy'), h.get('content-security-policy-report-only')];
}
