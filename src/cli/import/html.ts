/** An FAQ page to entries, from its schema.org FAQPage data: JSON-LD (also inside @graph) or microdata. */
import type { ChildNode, Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { htmlText, htmlToMarkdown, isElement } from './html-markdown';
import { ImportError, note, type Found, type Imported } from './result';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const isType = (v: Json, type: string): boolean =>
  asArray(v['@type']).some((t) => typeof t === 'string' && t.replace(/^.*[/#:]/, '') === type);

/** Every element under `nodes`, in document order. */
function* elements(nodes: ChildNode[]): Generator<Element> {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    yield n;
    yield* elements(n.children);
  }
}

/** Text content of an element's children. */
const textOf = (nodes: ChildNode[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.data : isElement(n) ? textOf(n.children) : '')).join('');

/** An answer's text: HTML, or plain text whose blank lines separate paragraphs. */
function answerMarkdown(text: string, base: string | undefined): { markdown: string; dropped: Set<string> } {
  const html = /<[a-z!/]/i.test(text)
    ? text
    : text
        .split(/\n\s*\n/)
        .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
        .join('');
  return htmlToMarkdown(html, base);
}

/** The page's own absolute URL, to resolve relative links: <base href>, else its canonical link, else og:url. */
function pageUrl(doc: ChildNode[]): string | undefined {
  for (const el of elements(doc)) {
    const a = el.attribs;
    const url =
      el.name === 'base'
        ? a.href
        : el.name === 'link' && /(^|\s)canonical(\s|$)/i.test(a.rel ?? '')
          ? a.href
          : el.name === 'meta' && a.property === 'og:url'
            ? a.content
            : undefined;
    if (url && /^https?:\/\/[^/]/i.test(url.trim())) return url.trim();
  }
  return undefined;
}

/** Every FAQPage's questions in the JSON-LD blocks, found in any nesting (@graph, arrays, mainEntity of a WebPage). */
function jsonLdQuestions(doc: ChildNode[], notes: Map<string, number>): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const visit = (v: unknown, inFaq: boolean): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x, inFaq);
      return;
    }
    if (!isObject(v)) return;
    if (inFaq && isType(v, 'Question')) {
      const answer = asArray(v.acceptedAnswer).find(isObject) ?? asArray(v.suggestedAnswer).find(isObject);
      const name = typeof v.name === 'string' ? v.name : '';
      const text = typeof answer?.text === 'string' ? answer.text : '';
      if (name.trim() && text.trim()) out.push({ name, text });
      else note(notes, 'question', `without ${name.trim() ? 'an answer text' : 'a name'}, skipped`);
      return;
    }
    const faq = inFaq || isType(v, 'FAQPage');
    for (const [key, value] of Object.entries(v)) if (key !== '@context') visit(value, faq);
  };
  for (const el of elements(doc)) {
    if (el.name !== 'script' || !/^application\/ld\+json$/i.test((el.attribs.type ?? '').trim())) continue;
    try {
      visit(JSON.parse(textOf(el.children)), false);
    } catch {
      note(notes, 'JSON-LD block', 'was not valid JSON, skipped');
    }
  }
  return out;
}

const itemtype = (el: Element, type: string): boolean =>
  'itemscope' in el.attribs && (el.attribs.itemtype ?? '').split(/\s+/).some((t) => t.replace(/^.*[/#:]/, '') === type);
const props = (el: Element): string[] => (el.attribs.itemprop ?? '').split(/\s+/);

/** The first descendant with itemprop `prop` that belongs to `scope` (not to an item nested inside it). */
function prop(scope: Element, prop: string): Element | undefined {
  const search = (nodes: ChildNode[]): Element | undefined => {
    for (const n of nodes) {
      if (!isElement(n)) continue;
      if (props(n).includes(prop)) return n;
      if ('itemscope' in n.attribs) continue;
      const found = search(n.children);
      if (found) return found;
    }
    return undefined;
  };
  return search(scope.children);
}

/** Questions from FAQPage microdata: itemscope itemtype=…/Question with itemprop name and acceptedAnswer > text. */
function microdataQuestions(doc: ChildNode[], notes: Map<string, number>): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const page of elements(doc)) {
    if (!itemtype(page, 'FAQPage')) continue;
    for (const q of elements(page.children)) {
      if (!itemtype(q, 'Question')) continue;
      const name = prop(q, 'name');
      const answer = prop(q, 'acceptedAnswer') ?? prop(q, 'suggestedAnswer');
      const text = answer && prop(answer, 'text');
      const nameText = name ? (name.attribs.content ?? textOf(name.children)) : '';
      if (nameText.trim() && text)
        out.push({ name: nameText, text: text.attribs.content ?? DomUtils.getInnerHTML(text) });
      else note(notes, 'question', `without ${nameText.trim() ? 'an answer text' : 'a name'}, skipped`);
    }
  }
  return out;
}

/** Parses an FAQ page; throws an ImportError (1) when it has no FAQPage data. `name` names the file in messages. */
export function importHtml(html: string, name: string): Imported {
  const doc = parseDocument(html, { decodeEntities: true }).children;
  const notes = new Map<string, number>();
  let questions = jsonLdQuestions(doc, notes);
  if (!questions.length) questions = microdataQuestions(doc, notes);
  if (!questions.length) {
    throw new ImportError(
      `${name} has no FAQPage questions: faq-chat reads schema.org FAQPage data (a <script type="application/ld+json"> block or itemtype="https://schema.org/FAQPage" microdata); save the FAQ as CSV or Markdown instead`,
      1,
    );
  }
  const found: Found[] = [];
  const base = pageUrl(doc);
  for (const q of questions) {
    const { markdown, dropped } = answerMarkdown(q.text, base);
    for (const d of dropped) note(notes, 'answer', d);
    const question = htmlText(q.name);
    if (!markdown) note(notes, 'answer', 'had no text left (only images or media), skipped');
    else found.push({ question, answer: markdown });
  }
  return { format: 'HTML', found, notes };
}
