import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The CLI's htmlparser2 adapter: tests may cross layers, and the widget's DOM adapter is covered by the e2e specs.
import { parseHtml } from '../../cli/import/html';
import { PAGE_STARTERS, pageEntries, pageKnowledge, readFaqPage } from './read';

const page = (name: string) => readFileSync(new URL(`../../../e2e/fixtures/pages/${name}`, import.meta.url), 'utf8');
const read = (html: string, url?: string) => readFaqPage(parseHtml(html), parseHtml, url);
const URL_ = 'https://northwind.example/faq/';

describe('readFaqPage: JSON-LD as Yoast SEO writes it', () => {
  const { found, notes } = read(page('yoast.html'), URL_);

  it('follows mainEntity references by @id to the Question nodes at the top of the @graph, in mainEntity order', () => {
    expect(found.map((f) => f.question)).toEqual([
      'How long does shipping take?',
      'Can I return a bag of beans?',
      'Do you sell decaf & half-caf?',
    ]);
  });

  it('turns answers into the markdown subset, relative links resolved against the page', () => {
    expect(found.map((f) => f.answer)).toEqual([
      'Orders leave the roastery within **2 business days**. See our [shipping page](https://northwind.example/shipping/) for carriers.',
      'Yes, unopened bags within *30 days*:\n\n- keep the receipt\n- use the return label',
      'Both, roasted to order.',
    ]);
    expect(Object.fromEntries(notes)).toEqual({ 'answer|had images, dropped': 1 });
  });

  it('gives ids made from the questions', () => {
    expect(pageEntries(found).map((e) => e.id)).toEqual([
      'long-shipping-take',
      'return-bag-beans',
      'sell-decaf-half-caf',
    ]);
  });

  it('without the page URL (a saved file, no canonical link), a relative link stays text and is noted', () => {
    const saved = read(page('yoast.html'));
    expect(saved.found[0].answer).toBe(
      'Orders leave the roastery within **2 business days**. See our shipping page for carriers.',
    );
    expect(saved.notes.get('answer|had links that were not absolute http(s), mailto or tel, kept as text')).toBe(1);
  });
});

describe('readFaqPage: other layouts', () => {
  it('reads questions nested in an @graph FAQPage whose @type is an array, skipping a block that is not JSON', () => {
    const { found, notes } = read(page('graph-nested.html'), 'https://ledgerly.example/help/faq.html');
    expect(found).toEqual([
      {
        question: 'Which plans include SSO?',
        answer: 'The **Business** plan. Read [the SSO guide](https://ledgerly.example/docs/sso.html).',
      },
      { question: 'Is there a free tier?', answer: 'Yes, up to 3 users.\n\nNo card needed.' },
      {
        question: 'Where is my data stored?',
        answer: 'In the EU (Frankfurt). Questions: [privacy@ledgerly.example](mailto:privacy@ledgerly.example)',
      },
    ]);
    expect(Object.fromEntries(notes)).toEqual({ 'JSON-LD block|was not valid JSON, skipped': 1 });
  });

  it('reads microdata when there is no JSON-LD FAQPage', () => {
    const { found } = read(page('microdata.html'), 'https://shop.example/help/faq.html');
    expect(found).toEqual([
      {
        question: 'Do you ship to Canada & Mexico?',
        answer: 'Yes, in *5–7* days.\n\nDuties are extra. See [our rates](https://shop.example/help/rates.html).',
      },
      { question: 'Can I return sale items?', answer: '1. Within 14 days\n2. Unworn' },
    ]);
  });

  it('prefers <base href> to the page URL, and takes a single FAQPage object with one question', () => {
    const html = `<head><base href="/kb/"><script type="application/ld+json">{"@type":"FAQPage","mainEntity":{"@type":"Question","name":"Q?","acceptedAnswer":{"text":"<a href='x'>x</a>"}}}</script></head>`;
    expect(read(html, 'https://a.example/p/faq').found).toEqual([
      { question: 'Q?', answer: '[x](https://a.example/kb/x)' },
    ]);
  });

  it('takes no Question outside a FAQPage, skips unresolved references and nameless questions', () => {
    const html = `<script type="application/ld+json">[
      {"@type":"QAPage","mainEntity":{"@type":"Question","name":"Not FAQ?","acceptedAnswer":{"text":"No"}}},
      {"@type":"FAQPage","mainEntity":[{"@id":"#missing"},{"@type":"Question","name":"","acceptedAnswer":{"text":"A"}}]}
    ]</script>`;
    const { found, notes } = read(html);
    expect(found).toEqual([]);
    expect(Object.fromEntries(notes)).toEqual({ 'question|without a name, skipped': 1 });
  });

  it('finds nothing on a page without FAQPage data', () => {
    expect(read(page('no-faq.html')).found).toEqual([]);
  });
});

describe('pageKnowledge', () => {
  it("offers the page's first questions as starters, in page order", () => {
    const found = ['One?', 'Two?', 'Three?', 'Four?', 'Five?'].map((question) => ({ question, answer: 'Yes.' }));
    const kb = pageKnowledge(found);
    expect(kb.entries).toEqual(pageEntries(found));
    expect(kb.suggestions).toEqual(kb.entries.slice(0, PAGE_STARTERS).map((e) => e.id));
    expect(kb.suggestions).toHaveLength(3);
    expect(pageKnowledge(found.slice(0, 2)).suggestions).toHaveLength(2);
  });
});
