/** The browser's side of the FAQ page converter (engine/faq-page): DOM nodes in the converter's terms, parsed inertly. */
import type { MarkupElement, MarkupNode, ParseHtml } from '../engine/faq-page/markup';
import { pageKnowledge, readFaqPage } from '../engine/faq-page/read';
import type { KnowledgeBase } from '../engine/types';

/** Text and elements of `parent`, wrapped as they are read (a large page is not copied up front). */
function childrenOf(parent: Node): MarkupNode[] {
  const out: MarkupNode[] = [];
  for (const n of parent.childNodes)
    if (n.nodeType == Node.TEXT_NODE) out.push((n as Text).data);
    else if (n.nodeType == Node.ELEMENT_NODE) out.push(elementOf(n as Element));
  return out;
}

function elementOf(el: Element): MarkupElement {
  let children: MarkupNode[] | undefined;
  return {
    name: el.localName,
    attr: (name) => el.getAttribute(name) ?? undefined,
    get children() {
      children ??= childrenOf(el);
      return children;
    },
  };
}

/** Parses HTML into a document that has no browsing context: its scripts never run and its images never load. */
const inert = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/**
 * An answer's HTML as nodes, parsed inertly: a <template>'s content belongs to a document without a browsing context,
 * like DOMParser's, and filling one costs far less than a new document per answer (hundreds on a large FAQ page).
 */
export const parseHtml: ParseHtml = (html) => {
  const t = document.createElement('template');
  t.innerHTML = html;
  return childrenOf(t.content);
};

/**
 * The FAQPage questions of a document as a knowledge base (the first few are starters); `url` resolves its relative
 * links. Null when it has none.
 */
export function faqOfDocument(doc: Document, url: string): KnowledgeBase | null {
  const { found } = readFaqPage([elementOf(doc.documentElement)], parseHtml, url);
  return found.length ? pageKnowledge(found) : null;
}

/** The FAQPage questions of an HTML page's text. */
export const faqOfHtml = (html: string, url: string): KnowledgeBase | null => faqOfDocument(inert(html), url);
