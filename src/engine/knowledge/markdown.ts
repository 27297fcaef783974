/** The safe markdown subset answers are written in, parsed to a tiny typed tree (never HTML). */

import { lowerBound } from '../match/lower-bound';

/** Inline content: text, emphasis, safe links and line breaks. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'br' };

/** Block content: paragraphs and flat lists. */
export type MdBlock = { type: 'p'; children: Inline[] } | { type: 'ul' | 'ol'; items: Inline[][] };

// Any whitespace or control character anywhere: browsers silently drop some of them (java\tscript:).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what it looks for
const HIDDEN = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060\ufeff]/;
/** http(s) with a host, or mailto:/tel: with something after the colon. */
const SAFE = /^(https?:\/\/[^/?#]|(mailto|tel):.)/i;

/** The link target when it is an absolute http(s), mailto: or tel: URL with no hidden characters, else null. */
export function safeHref(raw: string): string | null {
  const href = raw.trim();
  return !HIDDEN.test(href) && SAFE.test(href) ? href : null;
}

const LIST_ITEM = /^ {0,3}(?:([-*+])|\d{1,9}[.)])[ \t]+(.*)$/;

/**
 * Parses the safe subset: paragraphs, `-`/`*`/`1.` lists, **bold**, *italic*, [links](https://…).
 * Raw HTML stays literal text. `onRejectedLink` hears each link target that was not allowed.
 */
export function parseMarkdown(text: string, onRejectedLink?: (href: string) => void): MdBlock[] {
  const blocks: MdBlock[] = [];
  let para: string[] = [];
  let list: { type: 'ul' | 'ol'; items: string[][] } | null = null;
  const flush = (): void => {
    if (para.length) blocks.push({ type: 'p', children: inline(para.join('\n'), onRejectedLink) });
    if (list) blocks.push({ type: list.type, items: list.items.map((l) => inline(l.join('\n'), onRejectedLink)) });
    para = [];
    list = null;
  };
  for (const line of String(text).split(/\r\n?|\n/)) {
    const item = LIST_ITEM.exec(line);
    const t = line.trim();
    if (!t) flush();
    else if (item) {
      const type = item[1] ? 'ul' : 'ol';
      if (para.length || (list && list.type != type)) flush();
      list ??= { type, items: [] };
      list.items.push([item[2].trim()]);
    } else if (list) list.items[list.items.length - 1].push(t);
    else para.push(t);
  }
  flush();
  return blocks;
}

// Past either end of the text (undefined) counts as space and not a word character.
const isSpace = (c = ' '): boolean => /\s/.test(c);
const isWordChar = (c = ''): boolean => /[\p{L}\p{N}]/u.test(c);

/** First element of the sorted list that is >= from (binary search keeps the parser linear-ish). */
const next = (sorted: number[], from: number): number => sorted[lowerBound(sorted, from)] ?? Infinity;

/** The emphasis delimiter at `i` of `src`: `*`, `**`, `_`, `__`, or '' for any other character. */
function delimAt(src: string, i: number): string {
  const c = src[i];
  return c == '*' || c == '_' ? (src[i + 1] == c ? c + c : c) : '';
}

/** Where each closer stands in `src`, in order: the delimiters that can close emphasis, `]` and `)`. */
function closersOf(src: string): Record<string, number[]> {
  const closers: Record<string, number[]> = { '*': [], _: [], '**': [], __: [], ']': [], ')': [] };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    const d = delimAt(src, i);
    if (c == ']' || c == ')') closers[c].push(i);
    else if (d) {
      if (!isSpace(src[i - 1]) && (c == '*' || !isWordChar(src[i + d.length]))) closers[d].push(i);
      i += d.length - 1;
    }
  }
  return closers;
}

/** The `]` and the closing `)` of a link whose `[` is at `i`, both before `end`; undefined when it is no link. */
function linkAt(src: string, closers: Record<string, number[]>, i: number, end: number): [number, number] | undefined {
  const close = next(closers[']'], i + 1);
  let paren = src[close + 1] == '(' ? next(closers[')'], close + 2) : Infinity;
  // One nested pair, as in https://en.wikipedia.org/wiki/Tor_(network).
  if (paren < end && src.slice(close + 2, paren).includes('(')) {
    const outer = next(closers[')'], paren + 1);
    if (outer < end) paren = outer;
  }
  return paren < end ? [close, paren] : undefined;
}

/** Parses one paragraph or list item. Closers are indexed up front so no opener rescans the text. */
function inline(src: string, onRejectedLink?: (href: string) => void): Inline[] {
  const closers = closersOf(src);
  const run = (start: number, end: number): Inline[] => {
    const out: Inline[] = [];
    /** Appends a node; text joins the text before it. */
    const add = (node: Inline): void => {
      const last = out[out.length - 1];
      if (node.type == 'text' && last?.type == 'text') last.text += node.text;
      else out.push(node);
    };
    for (let i = start; i < end; ) {
      const c = src[i];
      const d = delimAt(src, i);
      const link = c == '[' ? linkAt(src, closers, i, end) : undefined;
      if (link) {
        const [close, paren] = link;
        const raw = src.slice(close + 2, paren);
        const href = safeHref(raw);
        const label = run(i + 1, close);
        if (href) add({ type: 'link', href, children: label.length ? label : [{ type: 'text', text: href }] });
        else {
          onRejectedLink?.(raw.trim());
          label.forEach(add);
        }
        i = paren + 1;
        continue;
      }
      if (d) {
        const opens = !isSpace(src[i + d.length]) && (c == '*' || !isWordChar(src[i - 1]));
        const close = opens ? next(closers[d], i + d.length + 1) : Infinity;
        if (close + d.length <= end) {
          add({ type: d.length == 2 ? 'strong' : 'em', children: run(i + d.length, close) });
          i = close + d.length;
          continue;
        }
      }
      // Anything else, and delimiters that open nothing, are text.
      add(c == '\n' ? { type: 'br' } : { type: 'text', text: d || c });
      i += d.length || 1;
    }
    return out;
  };
  return run(0, src.length);
}
