/** Link targets of an FAQ page made absolute: against its <base href>, its own URL, or (for a saved file) its canonical URL. */
import { isElement, type MarkupElement, type MarkupNode } from './markup';

// Browsers, workers and Node all have URL; the engine is compiled without the DOM's and Node's types.
declare const URL: new (url: string, base?: string) => { href: string };

/** `href` made absolute against `base` when it can be, else as it was. */
export function absolute(href: string, base: string | undefined): string {
  try {
    return base ? new URL(href, base).href : href;
  } catch {
    return href;
  }
}

/** The page's elements outside <body> (where <base>, canonical links and og:url belong), without walking its content. */
function* headElements(nodes: readonly MarkupNode[]): Generator<MarkupElement> {
  for (const n of nodes) {
    if (!isElement(n) || n.name === 'body') continue;
    yield n;
    yield* headElements(n.children);
  }
}

const isAbsoluteHttp = (url: string | undefined): url is string => !!url && /^https?:\/\/[^/]/i.test(url.trim());

/**
 * The URL that relative links of the page resolve against: its <base href> (against `url`), else `url` (where the
 * page was fetched from), else, for a file with no URL, its canonical link or og:url.
 */
export function pageBase(page: readonly MarkupNode[], url?: string): string | undefined {
  let canonical: string | undefined;
  for (const el of headElements(page)) {
    if (el.name === 'base' && el.attr('href')) {
      const href = absolute((el.attr('href') as string).trim(), url);
      if (isAbsoluteHttp(href)) return href;
    }
    const found =
      el.name === 'link' && /(^|\s)canonical(\s|$)/i.test(el.attr('rel') ?? '')
        ? el.attr('href')
        : el.name === 'meta' && el.attr('property') === 'og:url'
          ? el.attr('content')
          : undefined;
    if (!canonical && isAbsoluteHttp(found)) canonical = found.trim();
  }
  return url ?? canonical;
}
