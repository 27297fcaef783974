import { describe, expect, it } from 'vitest';
import { parseMarkdown, safeHref, type Inline, type MdBlock } from './markdown';

const t = (text: string): Inline => ({ type: 'text', text });
const p = (...children: Inline[]): MdBlock => ({ type: 'p', children });

/** Every node in the tree, for "nothing unsafe anywhere" assertions. */
function nodes(blocks: MdBlock[]): Inline[] {
  const all: Inline[] = [];
  const walk = (list: Inline[]): void => {
    for (const n of list) {
      all.push(n);
      if ('children' in n) walk(n.children);
    }
  };
  for (const b of blocks) (b.type === 'p' ? [b.children] : b.items).forEach(walk);
  return all;
}
const links = (md: string) => nodes(parseMarkdown(md)).filter((n) => n.type === 'link');
const plain = (list: Inline[]): string =>
  list.map((n) => (n.type === 'text' ? n.text : n.type === 'br' ? '\n' : plain(n.children))).join('');
const allText = (md: string) =>
  parseMarkdown(md)
    .map((b) => (b.type === 'p' ? plain(b.children) : b.items.map(plain).join('|')))
    .join('¶');

describe('parseMarkdown blocks', () => {
  it('splits paragraphs on blank lines and keeps single newlines as breaks', () => {
    expect(parseMarkdown('One\ntwo\n\n\nThree\r\n\r\nFour')).toEqual([
      p(t('One'), { type: 'br' }, t('two')),
      p(t('Three')),
      p(t('Four')),
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown(' \n\t\n')).toEqual([]);
  });

  it('parses "- ", "* ", "+ " bullet lists and "1. " numbered lists, also right after a paragraph', () => {
    expect(parseMarkdown('Options:\n- one\n* two\n+ three\n\n1. first\n2) second')).toEqual([
      p(t('Options:')),
      { type: 'ul', items: [[t('one')], [t('two')], [t('three')]] },
      { type: 'ol', items: [[t('first')], [t('second')]] },
    ]);
  });

  it('starts a new list when the kind changes and joins continuation lines into the item', () => {
    expect(parseMarkdown('- a\n  more\n1. b')).toEqual([
      { type: 'ul', items: [[t('a'), { type: 'br' }, t('more')]] },
      { type: 'ol', items: [[t('b')]] },
    ]);
  });

  it('does not take emphasis or a bare dash for a list', () => {
    expect(parseMarkdown('**bold** start')[0].type).toBe('p');
    expect(parseMarkdown('-not a list')).toEqual([p(t('-not a list'))]);
  });
});

describe('parseMarkdown inlines', () => {
  it('parses **bold**, __bold__, *italic* and _italic_', () => {
    expect(parseMarkdown('**a** __b__ *c* _d_')).toEqual([
      p(
        { type: 'strong', children: [t('a')] },
        t(' '),
        { type: 'strong', children: [t('b')] },
        t(' '),
        { type: 'em', children: [t('c')] },
        t(' '),
        { type: 'em', children: [t('d')] },
      ),
    ]);
  });

  it('nests emphasis and links', () => {
    expect(parseMarkdown('**see [the *docs*](https://x.org/a)**')).toEqual([
      p({
        type: 'strong',
        children: [
          t('see '),
          { type: 'link', href: 'https://x.org/a', children: [t('the '), { type: 'em', children: [t('docs')] }] },
        ],
      }),
    ]);
  });

  it('leaves underscores inside words and lone or spaced stars alone', () => {
    expect(parseMarkdown('snake_case_name and 5 * 3 * 2 and a*')).toEqual([
      p(t('snake_case_name and 5 * 3 * 2 and a*')),
    ]);
    expect(parseMarkdown('**unclosed and _open')).toEqual([p(t('**unclosed and _open'))]);
  });

  it('keeps links with http, https, mailto and tel (any case) and one level of parentheses', () => {
    expect(
      links(
        '[a](https://x.org) [b](HTTP://x.org) [c](mailto:hi@x.org) [d](tel:+4412345) [e](https://en.wikipedia.org/wiki/Tor_(network))',
      ).map((l) => l.type === 'link' && l.href),
    ).toEqual([
      'https://x.org',
      'HTTP://x.org',
      'mailto:hi@x.org',
      'tel:+4412345',
      'https://en.wikipedia.org/wiki/Tor_(network)',
    ]);
  });

  it('uses the URL as the label of a link with an empty label', () => {
    expect(parseMarkdown('[](https://x.org)')).toEqual([
      p({ type: 'link', href: 'https://x.org', children: [t('https://x.org')] }),
    ]);
  });

  it('reports each rejected link target to the optional callback', () => {
    const rejected: string[] = [];
    parseMarkdown('[a](javascript:x) [b](https://ok.org) [c]( /rel )', (href) => rejected.push(href));
    expect(rejected).toEqual(['javascript:x', '/rel']);
  });

  it('keeps a bracket that is not a link as text', () => {
    expect(parseMarkdown('[note] and [x] (y)')).toEqual([p(t('[note] and [x] (y)'))]);
  });
});

describe('parseMarkdown safety', () => {
  const unsafeTargets = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java&#x09;script:alert(1)',
    'java\u0000script:alert(1)',
    'jav&#x61;script:alert(1)',
    '&#106;avascript:alert(1)',
    '%6Aavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'VBSCRIPT:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example',
    '/relative',
    'relative/page',
    '#top',
    'https:evil.example',
    'http:/evil.example',
    'https://',
    'mailto:',
    'tel:',
    'java\u200bscript:alert(1)',
    'https://x.org/a\u2028b',
    'https://x.org\njavascript:alert(1)',
    '\u0001javascript:alert(1)',
  ];

  it.each(unsafeTargets)('renders [label](%j) as the label text, never a link', (target) => {
    const md = `[click me](${target})`;
    const blocks = parseMarkdown(md);
    expect(nodes(blocks).some((n) => n.type === 'link')).toBe(false);
    expect(allText(md)).toContain('click me');
    expect(safeHref(target)).toBeNull();
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<svg/onload=alert(1)>',
    '<svg><script>alert(1)</script></svg>',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '"><img src=x onerror=alert(1)>',
    '<div style="background:url(javascript:alert(1))">',
    '<<script>alert(1)//<</script>',
    '<scr<script>ipt>alert(1)</script>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
  ])('keeps raw HTML %j as literal text', (html) => {
    const blocks = parseMarkdown(`Before ${html} after`);
    expect(blocks).toHaveLength(1);
    expect(nodes(blocks).every((n) => n.type === 'text' || n.type === 'em' || n.type === 'strong')).toBe(true);
    expect(allText(`Before ${html} after`).replace(/\s/g, '')).toContain(html.replace(/[*_\s]/g, '').slice(0, 6));
  });

  it('keeps raw HTML inside a link label as text and the safe href as given', () => {
    expect(parseMarkdown('[<img src=x onerror=alert(1)>](https://x.org)')).toEqual([
      p({ type: 'link', href: 'https://x.org', children: [t('<img src=x onerror=alert(1)>')] }),
    ]);
  });

  it('never produces a link whose href has a scheme other than http(s), mailto or tel on broken markup', () => {
    const broken =
      '[a](javascript:alert(1) [b](java\nscript:x) [[c](javascript:y)](https://ok.org) [d](https://ok.org"onclick="x) ](javascript:z)';
    for (const l of links(broken))
      expect(l.type === 'link' && /^(https?:\/\/|mailto:|tel:)/i.test(l.href) && !/\s/.test(l.href)).toBe(true);
  });
});

describe('parseMarkdown size', () => {
  it('handles 50k stars, underscores and brackets (linear, no backtracking blow-up)', () => {
    const stars = parseMarkdown('*'.repeat(50_000));
    expect(stars).toHaveLength(1);
    expect(allText('*'.repeat(50_000))).toMatch(/^\**$/);
    expect(allText('_a '.repeat(30_000))).toBe('_a '.repeat(30_000).trim());
    expect(allText('[('.repeat(30_000))).toBe('[('.repeat(30_000));
    expect(allText('*a '.repeat(30_000) + 'b*')).toContain('b');
  });

  it('parses 100 KB of ordinary markdown', () => {
    const md = '**Bold** and *em* with [a link](https://x.org).\n- item _one_\n\n'.repeat(2000);
    const blocks = parseMarkdown(md);
    expect(blocks).toHaveLength(4000);
    expect(links(md)).toHaveLength(2000);
  });
});
