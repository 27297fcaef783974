/** `faq-chat import https://…`: the FAQ page downloaded as the widget would read it (its final URL resolves links). */
import { ImportError } from './result';

/** As in the widget: a larger page would freeze a visitor's browser while it is parsed. */
const MAX_CHARS = 1e7;

/** The page's HTML and its final URL (after redirects); an ImportError (2) saying why it could not be read. */
export async function fetchPage(url: string): Promise<{ text: string; url: string }> {
  const fail = (why: string): never => {
    throw new ImportError(`cannot download ${url}: ${why}`, 2);
  };
  let res: Response | undefined;
  let text = '';
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(20_000), headers: { accept: 'text/html' } });
    text = res.ok ? await res.text() : '';
  } catch (e) {
    fail((e as Error).name === 'TimeoutError' ? 'no answer within 20 seconds' : (e as Error).message);
  }
  if (!res?.ok) fail(`the server answered HTTP ${res?.status}`);
  if (text.length > MAX_CHARS) fail('it is larger than 10 MB, which the widget would refuse too');
  return { text, url: res?.url || url };
}
