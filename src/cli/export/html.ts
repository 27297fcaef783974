/** An answer's markdown subset as simple HTML (p, ul, ol, li, strong, em, a, br), everything else escaped. */
import { parseMarkdown, type Inline } from '../../engine/knowledge/markdown';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const inline = (nodes: Inline[]): string =>
  nodes
    .map((n) => {
      if (n.type === 'text') return escapeHtml(n.text);
      if (n.type === 'br') return '<br>';
      if (n.type === 'link') return `<a href="${escapeHtml(n.href)}">${inline(n.children)}</a>`;
      return `<${n.type}>${inline(n.children)}</${n.type}>`;
    })
    .join('');

/** The answer as HTML; the parser already dropped unsafe links, and every text is escaped. */
export function markdownToHtml(markdown: string): string {
  return parseMarkdown(markdown)
    .map((b) =>
      b.type === 'p'
        ? `<p>${inline(b.children)}</p>`
        : `<${b.type}>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${b.type}>`,
    )
    .join('');
}
