import { Component, type ComponentChildren } from 'preact';
import { parseMarkdown, type Inline } from '../engine/knowledge/markdown';

/** Attributes for links that open in a new tab without giving it a handle on this page. */
export const newTab = { target: '_blank', rel: 'noopener noreferrer' };

function inline(n: Inline, k: number): ComponentChildren {
  if (n.type == 'text') return n.text;
  if (n.type == 'br') return <br key={k} />;
  const Tag = n.type == 'link' ? 'a' : n.type;
  return (
    <Tag key={k} {...(n.type == 'link' && { href: n.href, ...newTab })}>
      {n.children.map(inline)}
    </Tag>
  );
}

/**
 * Renders the safe markdown subset as elements; text is only ever text, never HTML. A message's text never changes,
 * so it is parsed once, when the message first shows, not again on every render of the conversation.
 */
export class Markdown extends Component<{ text: string }> {
  shouldComponentUpdate(next: { text: string }) {
    return next.text !== this.props.text;
  }
  render({ text }: { text: string }) {
    return parseMarkdown(text).map((b, k) => {
      const Tag = b.type;
      return (
        <Tag key={k}>
          {b.type == 'p' ? b.children.map(inline) : b.items.map((item, i) => <li key={i}>{item.map(inline)}</li>)}
        </Tag>
      );
    });
  }
}
