/** The one download of the widget's own data (the knowledge, or the FAQ page it comes from): with a timeout and a size cap. */

/** Larger than this, a file would freeze the host page while it is parsed; 10 MB holds about 10,000 entries. */
export const MAX_CHARS = 1e7;
/** A knowledge file that has not come within this long is given up on (the launcher stays, with the booking link). */
const TIMEOUT_MS = 10_000;

/** A downloaded text: its final URL (after redirects) and its media type. */
export interface Downloaded {
  text: string;
  url: string;
  type: string;
}

const tooLarge = 'it is larger than 10 MB; keep it small, it is downloaded by every visitor';

/** Why a fetch that threw did, in words a site owner can act on. */
function whyNot(e: Error, url: string): string {
  if (e.name == 'TimeoutError') return 'no answer within 10 seconds';
  // A cross-origin request refused for want of CORS headers shows up as a bare TypeError ("Failed to fetch").
  return new URL(url).origin != location.origin && e.name == 'TypeError'
    ? `${e.message}; a file on another site must be served with Access-Control-Allow-Origin, or put it on ${location.origin}`
    : e.message;
}

/** Downloads `url` as text; rejects with the reason (HTTP status, timeout, size, CORS) for `[faq-chat]` messages. */
export async function fetchCapped(url: string): Promise<Downloaded> {
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout?.(TIMEOUT_MS) });
    if (!res.ok) throw Error(`the server answered HTTP ${res.status}; check the URL`);
    // Said up front when the server says it, so an oversized file is not downloaded first.
    if (Number(res.headers.get('content-length')) > MAX_CHARS * 4) throw Error(tooLarge);
    text = await res.text();
  } catch (e) {
    throw Error(whyNot(e as Error, url));
  }
  if (text.length > MAX_CHARS) throw Error(tooLarge);
  return { text, url: res.url || url, type: res.headers.get('content-type') ?? '' };
}
