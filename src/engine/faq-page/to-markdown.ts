/** An answer's HTML as the widget's markdown subset: paragraphs, **bold**, *italic*, flat lists, safe links; never raw tags. */
import { safeHref } from '../knowledge/markdown';
import { absolute } from './links';
import { isElement, type MarkupElement, type MarkupNode } from './markup';

/** Elements whose content is never shown. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link']);
/** Embedded content that has no text form: dropped and reported. */
const MEDIA = new Set(['iframe', 'video', 'audio', 'object', 'embed', 'svg', 'canvas', 'picture']);
/** Elements that start a new paragraph. */
const BLOCKS = new Set(
  (
    'p div section article main header footer aside blockquote pre figure figcaption address details summary ' +
    'dl dt dd h1 h2 h3 h4 h5 h6 hr table tr form fieldset'
  ).split(' '),
);

/** The answer in markdown, and what had to be dropped ("had images, dropped"…). */
export interface Converted {
  markdown: string;
  dropped: Set<string>;
}

/** Wraps text in a marker, keeping its outer spaces outside (`** bold**` would not be bold). */
function wrap(text: string, mark: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) as RegExpExecArray;
  return m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : text;
}

/** Inline markdown of nodes; `dropped` collects what had no place. */
function inlineOf(base: string | undefined, dropped: Set<string>) {
  /** `inStrong`/`inEm` stop doubled markers from nested <b><strong>. */
  const inline = (nodes: readonly MarkupNode[], inStrong = false, inEm = false): string =>
    nodes.map((n) => one(n, inStrong, inEm)).join('');
  const one = (n: MarkupNode, inStrong: boolean, inEm: boolean): string => {
    if (!isElement(n)) return n.replace(/\s+/g, ' ');
    const name = n.name;
    if (HIDDEN.has(name)) return '';
    if (name === 'img') {
      dropped.add('had images, dropped');
      return '';
    }
    if (MEDIA.has(name)) {
      dropped.add('had embedded media (video, iframe…), dropped');
      return '';
    }
    if (name === 'br') return '\n';
    if (name === 'strong' || name === 'b')
      return inStrong ? inline(n.children, true, inEm) : wrap(inline(n.children, true, inEm), '**');
    if (name === 'em' || name === 'i')
      return inEm ? inline(n.children, inStrong, true) : wrap(inline(n.children, inStrong, true), '*');
    if (name === 'a') return link(n, inline(n.children, inStrong, inEm).trim());
    return inline(n.children, inStrong, inEm);
  };
  const link = (a: MarkupElement, label: string): string => {
    const raw = a.attr('href');
    const href = raw === undefined ? null : safeHref(absolute(raw.trim(), base));
    if (raw !== undefined && !href)
      dropped.add('had links that were not absolute http(s), mailto or tel, kept as text');
    return href && label ? `[${label.replace(/[[\]]/g, '')}](${href.replace(/[()]/g, encodeURIComponent)})` : label;
  };
  return inline;
}

/** The cells of each row of a table, thead/tbody/tfoot included. */
function tableRows(table: MarkupElement): MarkupElement[][] {
  const rows: MarkupElement[][] = [];
  const visit = (el: MarkupElement): void => {
    for (const c of el.children.filter(isElement)) {
      if (c.name === 'tr') rows.push(c.children.filter(isElement).filter((d) => d.name === 'td' || d.name === 'th'));
      else visit(c);
    }
  };
  visit(table);
  return rows;
}

/** Converts an answer's nodes to the markdown subset; `base` (the page's URL) resolves relative links. */
export function toMarkdown(nodes: readonly MarkupNode[], base?: string): Converted {
  const dropped = new Set<string>();
  const inline = inlineOf(base, dropped);
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
  /** Adds list items, nested lists flattened into the same list (the widget shows flat lists). */
  const listItems = (list: MarkupElement, out: string[]): void => {
    for (const li of list.children.filter(isElement)) {
      const nested = li.children.filter(isElement).filter((c) => c.name === 'ul' || c.name === 'ol');
      const own = li.children.filter((c) => !nested.includes(c as MarkupElement));
      const text = inline(own).replace(/\s+/g, ' ').trim();
      if (text) out.push(`${list.name === 'ol' ? `${out.length + 1}.` : '-'} ${text}`);
      if (nested.length) dropped.add('had nested lists, flattened');
      for (const n of nested) listItems(n, out);
    }
  };
  const block = (n: MarkupElement): void => {
    flush();
    if (n.name === 'ul' || n.name === 'ol') {
      const items: string[] = [];
      listItems(n, items);
      if (items.length) blocks.push(items.join('\n'));
    } else if (/^h[1-6]$/.test(n.name)) para = wrap(inline(n.children, true).replace(/\s+/g, ' '), '**');
    else if (n.name === 'table') {
      dropped.add('had tables, each row kept as a line');
      for (const row of tableRows(n))
        para += `${row
          .map((cell) => inline(cell.children).replace(/\s+/g, ' ').trim())
          .filter(Boolean)
          .join(' – ')}\n`;
    } else walk(n.children);
    flush();
  };
  const walk = (nodes: readonly MarkupNode[]): void => {
    for (const n of nodes)
      if (isElement(n) && (n.name === 'ul' || n.name === 'ol' || n.name === 'table' || BLOCKS.has(n.name))) block(n);
      else para += inline([n]);
  };
  walk(nodes);
  flush();
  return { markdown: blocks.join('\n\n'), dropped };
}

/** The text of nodes (a question's name): tags and hidden elements dropped, spaces collapsed. */
export function plainText(nodes: readonly MarkupNode[]): string {
  const text = (ns: readonly MarkupNode[]): string =>
    ns.map((n) => (!isElement(n) ? n : HIDDEN.has(n.name) ? '' : text(n.children))).join('');
  return text(nodes).replace(/\s+/g, ' ').trim();
}
