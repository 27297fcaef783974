/**
 * HTML as the FAQ page converter sees it: a few fields over whatever parsed it. The widget wraps the browser's DOM
 * (DOMParser), the CLI wraps htmlparser2's nodes, so the engine stays free of both and one code path applies the rules.
 */

/** An element: lower-case tag name, attributes, children (text and elements only). */
export interface MarkupElement {
  readonly name: string;
  /** The attribute's value ('' when present without one), undefined when absent. */
  attr(name: string): string | undefined;
  readonly children: readonly MarkupNode[];
}

/** An element, or a text node's decoded text (comments and directives are left out). */
export type MarkupNode = MarkupElement | string;

/** Parses an HTML fragment (an answer's markup) into nodes, inertly: nothing in it runs or loads. */
export type ParseHtml = (html: string) => readonly MarkupNode[];

/** True for elements, false for text. */
export const isElement = (n: MarkupNode): n is MarkupElement => typeof n !== 'string';

/** Every element under `nodes`, in document order. */
export function* elementsIn(nodes: readonly MarkupNode[]): Generator<MarkupElement> {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    yield n;
    yield* elementsIn(n.children);
  }
}

/** The text content of nodes, as written (no spaces collapsed). */
export const textOf = (nodes: readonly MarkupNode[]): string =>
  nodes.map((n) => (isElement(n) ? textOf(n.children) : n)).join('');

/** Counts one note: `noun` is what is counted ("answer", "question"), `what` happened to it. */
export const note = (notes: Map<string, number>, noun: string, what: string): void => {
  const key = `${noun}|${what}`;
  notes.set(key, (notes.get(key) ?? 0) + 1);
};
