/** The questions of schema.org FAQPage microdata: itemscope itemtype=…/Question with itemprop name and acceptedAnswer > text. */
import { elementsIn, isElement, note, textOf, type MarkupElement, type MarkupNode } from './markup';

/** A question as found in microdata: its name as text, its answer as nodes (or as the HTML of a `content` attribute). */
export interface MicrodataQuestion {
  name: string;
  answer: readonly MarkupNode[] | string;
}

const itemtype = (el: MarkupElement, type: string): boolean =>
  el.attr('itemscope') !== undefined &&
  (el.attr('itemtype') ?? '').split(/\s+/).some((t) => t.replace(/^.*[/#:]/, '') === type);
const props = (el: MarkupElement): string[] => (el.attr('itemprop') ?? '').split(/\s+/);

/** The first descendant with itemprop `name` that belongs to `scope` (not to an item nested inside it). */
function prop(scope: MarkupElement, name: string): MarkupElement | undefined {
  const search = (nodes: readonly MarkupNode[]): MarkupElement | undefined => {
    for (const n of nodes) {
      if (!isElement(n)) continue;
      if (props(n).includes(name)) return n;
      if (n.attr('itemscope') !== undefined) continue;
      const found = search(n.children);
      if (found) return found;
    }
    return undefined;
  };
  return search(scope.children);
}

/** Questions from every FAQPage item on the page, in document order. */
export function microdataQuestions(page: readonly MarkupNode[], notes: Map<string, number>): MicrodataQuestion[] {
  const out: MicrodataQuestion[] = [];
  for (const faq of elementsIn(page)) {
    if (!itemtype(faq, 'FAQPage')) continue;
    for (const q of elementsIn(faq.children)) {
      if (!itemtype(q, 'Question')) continue;
      const nameEl = prop(q, 'name');
      const answer = prop(q, 'acceptedAnswer') ?? prop(q, 'suggestedAnswer');
      const text = answer && prop(answer, 'text');
      const name = nameEl ? (nameEl.attr('content') ?? textOf(nameEl.children)) : '';
      if (name.trim() && text) out.push({ name, answer: text.attr('content') ?? text.children });
      else note(notes, 'question', `without ${name.trim() ? 'an answer text' : 'a name'}, skipped`);
    }
  }
  return out;
}
