/**
 * Starts the encoder's worker from wherever faq-chat.js came from. Browsers start workers only from the page's own
 * origin, so from another origin (a CDN) a same-origin bootstrap is started from a blob: URL, which loads worker.js
 * with importScripts; the worker then fetches the model with CORS. The blob: worker runs under the page's
 * Content-Security-Policy, so that policy is read first (its headers with one HEAD request to the page's URL, and its
 * <meta> tags): what it forbids is never attempted, since an attempt would be reported to the site owner as a violation.
 */
import { blobWorkersAllowed } from './csp';

/** A started worker. */
export interface Started {
  worker: Worker;
  /** The policies the worker runs under, when read here (a blob: worker); a same-origin worker reads its own. */
  policies?: (string | null)[];
  /** Frees the bootstrap's blob: URL once the worker has run (or failed to). */
  started(): void;
}

/** The page's policies: its Content-Security-Policy headers (enforced and report-only) and its <meta> ones. */
async function pagePolicies(): Promise<(string | null)[]> {
  const meta = [...document.querySelectorAll('meta[http-equiv="content-security-policy" i]')].map((m) =>
    m.getAttribute('content'),
  );
  try {
    const h = (await fetch(location.href.split('#')[0], { method: 'HEAD', credentials: 'same-origin' })).headers;
    return [h.get('content-security-policy'), h.get('content-security-policy-report-only'), ...meta];
  } catch {
    return meta;
  }
}

/** Starts `url` (worker.js) as a worker; rejects with an Error whose message says what the site owner can do. */
export async function startWorker(url: URL): Promise<Started> {
  if (url.origin == location.origin) return { worker: new Worker(url), started() {} };
  const policies = await pagePolicies();
  const allow = `allow blob: in the page's Content-Security-Policy (worker-src), or serve faq-chat.js and faq-chat-encoder/ from ${location.origin}`;
  if (!blobWorkersAllowed(policies))
    throw Error(
      `faq-chat.js comes from ${url.origin}, and this page's Content-Security-Policy forbids the blob: worker that starts the encoder from there; ${allow}`,
    );
  const blob = URL.createObjectURL(
    new Blob([`importScripts(${JSON.stringify(url.href)})`], { type: 'text/javascript' }),
  );
  try {
    return { worker: new Worker(blob), policies, started: () => URL.revokeObjectURL(blob) };
  } catch (e) {
    URL.revokeObjectURL(blob);
    throw Error(`the encoder could not start from ${url.origin} (${(e as Error).message}); ${allow}`);
  }
}
