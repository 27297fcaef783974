/** An FAQ page to entries, from its schema.org FAQPage data, with the converter the widget uses (engine/faq-page). */
import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { MarkupElement, MarkupNode } from '../../engine/faq-page/markup';
import { readFaqPage } from '../../engine/faq-page/read';
import { toMarkdown, type Converted } from '../../engine/faq-page/to-markdown';
import { ImportError, type Imported } from './result';

/** True for elements (script and style included), false for text, comments and directives. */
const isElement = (n: ChildNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** htmlparser2's nodes as the converter's (text and elements only; names and attributes are lower case already). */
function markup(nodes: ChildNode[]): MarkupNode[] {
  const out: MarkupNode[] = [];
  for (const n of nodes)
    if (n.type === 'text') out.push(n.data);
    else if (isElement(n)) out.push(element(n));
  return out;
}

function element(el: Element): MarkupElement {
  let children: MarkupNode[] | undefined;
  return {
    name: el.name.toLowerCase(),
    attr: (name) => el.attribs[name],
    get children() {
      children ??= markup(el.children);
      return children;
    },
  };
}

/** Parses HTML with htmlparser2 into the converter's nodes. */
export const parseHtml = (html: string): MarkupNode[] => markup(parseDocument(html, { decodeEntities: true }).children);

/** Converts HTML (a CSV cell's answer) to the markdown subset; `base` resolves relative links. */
export const htmlToMarkdown = (html: string, base?: string): Converted => toMarkdown(parseHtml(html), base);

/**
 * Parses an FAQ page; throws an ImportError (1) when it has no FAQPage data. `name` names the file in messages; `url`,
 * where the page was downloaded from, resolves its relative links (a saved file uses its canonical link).
 */
export function importHtml(html: string, name: string, url?: string): Imported {
  const { found, notes } = readFaqPage(parseHtml(html), parseHtml, url);
  if (!found.length && ![...notes.keys()].some((k) => /^(question|answer)\|/.test(k))) {
    throw new ImportError(
      `${name} has no FAQPage questions: faq-chat reads schema.org FAQPage data (a <script type="application/ld+json"> block, also inside @graph or referenced by @id, or itemtype="https://schema.org/FAQPage" microdata); save the FAQ as CSV or Markdown instead`,
      1,
    );
  }
  return { format: 'HTML', found, notes };
}
