/** An answer's HTML as the widget's markdown subset: paragraphs, **bold**, *italic*, flat lists, safe links; never raw tags. */
import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { safeHref } from '../../engine/knowledge/markdown';

/** Elements whose content is never shown. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link']);
/** Embedded content that has no text form: dropped and reported. */
const MEDIA = new Set(['iframe', 'video', 'audio', 'object', 'embed', 'svg', 'canvas', 'picture']);
/** Elements that start a new paragraph. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'tr',
  'form',
  'fieldset',
]);

/** The answer in markdown, and what had to be dropped ("images", "embedded media", "links that were not http(s), mailto or tel"…). */
export interface Converted {
  markdown: string;
  dropped: Set<string>;
}

/** True for elements (script and style included), false for text, comments and directives. */
export const isElement = (n: ChildNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** Wraps text in a marker, keeping its outer spaces outside (`** bold**` would not be bold). */
function wrap(text: string, mark: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) as RegExpExecArray;
  return m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : text;
}

/** A link target made absolute against the page's own URL, when there is one. */
function absolute(href: string, base: string | undefined): string {
  try {
    return base ? new URL(href, base).href : href;
  } catch {
    return href;
  }
}

/** Converts HTML (an answer's markup from JSON-LD or microdata) to the markdown subset; `base` (the page's URL) resolves relative links. */
export function htmlToMarkdown(html: string, base?: string): Converted {
  const dropped = new Set<string>();
  /** Notes what was left out; the content itself becomes nothing. */
  const drop = (why: string): string => {
    dropped.add(why);
    return '';
  };
  const blocks: string[] = [];
  let para = '';
  const flush = (): void => {
    const text = para
      .split('\n')
      .map((l) => l.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (text) blocks.push(text);
    para = '';
  };

  /** Inline text of nodes; `inStrong`/`inEm` stop doubled markers from nested <b><strong>. */
  const inline = (nodes: ChildNode[], inStrong = false, inEm = false): string =>
    nodes
      .map((n): string => {
        if (n.type === 'text') return n.data.replace(/\s+/g, ' ');
        if (!isElement(n)) return '';
        const name = n.name.toLowerCase();
        if (HIDDEN.has(name)) return '';
        if (name === 'img') return drop('had images, dropped');
        if (MEDIA.has(name)) return drop('had embedded media (video, iframe…), dropped');
        if (name === 'br') return '\n';
        if (name === 'strong' || name === 'b')
          return inStrong ? inline(n.children, true, inEm) : wrap(inline(n.children, true, inEm), '**');
        if (name === 'em' || name === 'i')
          return inEm ? inline(n.children, inStrong, true) : wrap(inline(n.children, inStrong, true), '*');
        if (name === 'a') {
          const label = inline(n.children, inStrong, inEm).trim();
          const href = n.attribs.href === undefined ? null : safeHref(absolute(n.attribs.href.trim(), base));
          if (n.attribs.href !== undefined && !href)
            dropped.add('had links that were not absolute http(s), mailto or tel, kept as text');
          return href && label
            ? `[${label.replace(/[[\]]/g, '')}](${href.replace(/[()]/g, encodeURIComponent)})`
            : label;
        }
        return inline(n.children, inStrong, inEm);
      })
      .join('');

  /** Adds list items, nested lists flattened into the same list (the widget shows flat lists). */
  const listItems = (list: Element, out: string[]): void => {
    const ordered = list.name.toLowerCase() === 'ol';
    for (const li of list.children) {
      if (!isElement(li)) continue;
      const nested = li.children.filter((c): c is Element => isElement(c) && /^(ul|ol)$/i.test(c.name));
      const own = li.children.filter((c) => !nested.includes(c as Element));
      const text = inline(own)
        .replace(/\s*\n\s*/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (text) out.push(`${ordered ? `${out.length + 1}.` : '-'} ${text}`);
      if (nested.length) dropped.add('had nested lists, flattened');
      for (const n of nested) listItems(n, out);
    }
  };

  const walk = (nodes: ChildNode[]): void => {
    for (const n of nodes) {
      if (!isElement(n)) {
        para += inline([n]);
        continue;
      }
      const name = n.name.toLowerCase();
      if (name === 'ul' || name === 'ol') {
        flush();
        const items: string[] = [];
        listItems(n, items);
        if (items.length) blocks.push(items.join('\n'));
      } else if (/^h[1-6]$/.test(name)) {
        flush();
        para = wrap(inline(n.children, true).replace(/\s+/g, ' '), '**');
        flush();
      } else if (name === 'table') {
        flush();
        dropped.add('had tables, each row kept as a line');
        for (const row of tableRows(n))
          para += `${row
            .map((cell) => inline(cell.children).replace(/\s+/g, ' ').trim())
            .filter(Boolean)
            .join(' – ')}\n`;
        flush();
      } else if (BLOCKS.has(name)) {
        flush();
        walk(n.children);
        flush();
      } else para += inline([n]);
    }
  };
  walk(parseDocument(html, { decodeEntities: true }).children);
  flush();
  return { markdown: blocks.join('\n\n'), dropped };
}

/** The cells of each row of a table, thead/tbody/tfoot included. */
function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (el: Element): void => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.name.toLowerCase() === 'tr')
        rows.push(c.children.filter((d): d is Element => isElement(d) && /^t[dh]$/i.test(d.name)));
      else visit(c);
    }
  };
  visit(table);
  return rows;
}

/** The text of HTML (a question's name), entities decoded, tags dropped, spaces collapsed. */
export function htmlText(html: string): string {
  const text = (nodes: ChildNode[]): string =>
    nodes
      .map((n) =>
        n.type === 'text' ? n.data : isElement(n) && !HIDDEN.has(n.name.toLowerCase()) ? text(n.children) : '',
      )
      .join('');
  return text(parseDocument(html, { decodeEntities: true }).children)
    .replace(/\s+/g, ' ')
    .trim();
}
