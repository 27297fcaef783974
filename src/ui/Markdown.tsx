import type { ComponentChildren } from 'preact';
import { parseMarkdown } from '../engine/markdown';

type Block = ReturnType<typeof parseMarkdown>[number];
type Inline = Extract<Block, { type: 'p' }>['children'][number];

function inline(n: Inline, k: number): ComponentChildren {
  switch (n.type) {
    case 'text':
      return n.text;
    case 'br':
      return <br key={k} />;
    case 'strong':
      return <strong key={k}>{n.children.map(inline)}</strong>;
    case 'em':
      return <em key={k}>{n.children.map(inline)}</em>;
    case 'link':
      return (
        <a key={k} href={n.href} target="_blank" rel="noopener noreferrer">
          {n.children.map(inline)}
        </a>
      );
  }
}

/** Renders the safe markdown subset as elements; text is only ever text, never HTML. */
export function Markdown({ text }: { text: string }) {
  return (
    <>
      {parseMarkdown(text).map((b, k) => {
        if (b.type == 'p') return <p key={k}>{b.children.map(inline)}</p>;
        const List = b.type;
        return <List key={k}>{b.items.map((item, i) => <li key={i}>{item.map(inline)}</li>)}</List>;
      })}
    </>
  );
}
