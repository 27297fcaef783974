/** schema.org FAQPage JSON-LD of a knowledge base, as search engines read it from an FAQ page. */
import type { KnowledgeBase } from '../../engine/types';
import { markdownToHtml } from './html';

/** The FAQPage object: one Question per entry, in order, each with its answer as simple HTML. */
export function faqPage(kb: KnowledgeBase): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: kb.entries.map((e) => ({
      '@type': 'Question',
      name: e.question,
      acceptedAnswer: { '@type': 'Answer', text: markdownToHtml(e.answer) },
    })),
  };
}

/** The `<script type="application/ld+json">` element to paste into the page; `</` and `<!--` are escaped so no text can end the script early. */
export function jsonLdScript(kb: KnowledgeBase): string {
  const json = JSON.stringify(faqPage(kb), null, 2).replace(/<\//g, '<\\/').replace(/<!--/g, '\\u003c!--');
  return `<script type="application/ld+json">\n${json}\n</script>`;
}
