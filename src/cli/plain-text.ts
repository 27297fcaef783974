/** Renders an answer's markdown as terminal text: links as "label (url)", lists with bullets. */
import { parseMarkdown, type Inline } from '../engine/knowledge/markdown';

const inline = (nodes: Inline[]): string =>
  nodes
    .map((n) => {
      if (n.type === 'text') return n.text;
      if (n.type === 'br') return '\n';
      if (n.type === 'link') return `${inline(n.children)} (${n.href})`;
      return inline(n.children);
    })
    .join('');

/** The answer as plain text, blocks separated by blank lines. */
export function plainText(markdown: string): string {
  return parseMarkdown(markdown)
    .map((b) =>
      b.type === 'p'
        ? inline(b.children)
        : b.items.map((item, i) => `${b.type === 'ul' ? '•' : `${i + 1}.`} ${inline(item)}`).join('\n'),
    )
    .join('\n\n');
}
