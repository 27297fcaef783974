import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from './html';
import { importHtml } from './html';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

describe('importHtml: FAQPage JSON-LD', () => {
  const { found, notes } = importHtml(fixture('faq-jsonld.html'), 'faq.html');

  it('finds the questions inside @graph, with entities decoded, in order', () => {
    expect(found.map((f) => f.question)).toEqual([
      'What’s your refund policy?',
      'Which plans include SSO?',
      'Is there a free tier?',
    ]);
  });

  it('turns answer HTML into the markdown subset: bold, italic, links (relative ones against the canonical URL), flat lists; never tags', () => {
    expect(found[0].answer).toBe(
      'Full refund within **30 days** & no questions asked.\n\nContact [help](mailto:help@acme.example) or see [refunds](https://acme.example/refunds).',
    );
    expect(found[1].answer).toBe('- **Business**\n- SAML\n- OIDC\n- *Enterprise*');
    expect(found[2].answer).toBe('Yes, up to 3 users.\n\nNo card needed.');
    for (const f of found) expect(f.answer).not.toMatch(/<|alert/);
  });

  it('reports images dropped, nested lists flattened and JSON-LD it could not parse', () => {
    expect(Object.fromEntries(notes)).toEqual({
      'JSON-LD block|was not valid JSON, skipped': 1,
      'answer|had nested lists, flattened': 1,
      'answer|had images, dropped': 1,
    });
  });
});

describe('importHtml: FAQPage microdata', () => {
  const { found, notes } = importHtml(fixture('faq-microdata.html'), 'faq.html');

  it('reads itemprop name and acceptedAnswer > text', () => {
    expect(found).toEqual([
      {
        question: 'Do you ship to Canada & Mexico?',
        answer: 'Yes, in *5–7* days.\n\nDuties are extra.\nSee [shipping](https://shop.example/shipping).',
      },
      { question: 'Can I return sale items?', answer: '1. Within 14 days\n2. Unworn' },
    ]);
    expect(Object.fromEntries(notes)).toEqual({ 'answer|had embedded media (video, iframe…), dropped': 1 });
  });
});

describe('importHtml without FAQPage data', () => {
  it('says what it looks for, with exit code 1', () => {
    expect(() => importHtml('<h2>Q?</h2><p>A</p>', 'page.html')).toThrow(
      /page\.html has no FAQPage questions: faq-chat reads schema\.org FAQPage data/,
    );
  });
});

describe('htmlToMarkdown', () => {
  it('keeps outer spaces outside markers, does not double nested bold, and shows javascript: links as text', () => {
    expect(
      htmlToMarkdown('<p>a<b> bold </b>and <strong><b>x</b></strong> <a href="javascript:alert(1)">click</a></p>'),
    ).toEqual({
      markdown: 'a **bold** and **x** click',
      dropped: new Set(['had links that were not absolute http(s), mailto or tel, kept as text']),
    });
  });

  it('turns headings into bold lines and table rows into lines', () => {
    expect(
      htmlToMarkdown(
        '<h4>Plans</h4><table><tr><th>Plan</th><th>Price</th></tr><tr><td>Pro</td><td>$9</td></tr></table>',
      ).markdown,
    ).toBe('**Plans**\n\nPlan – Price\nPro – $9');
  });
});
