import { describe, expect, it } from 'vitest';
import { lineColumn } from './load';
import { plainText } from './plain-text';

describe('plainText', () => {
  it('renders markdown for a terminal: links with their URL, bullets, numbers', () => {
    expect(plainText('**Yes.** See [docs](https://x.org).\n\n- one\n- two\n\n1. a\n2. b')).toBe(
      'Yes. See docs (https://x.org).\n\n• one\n• two\n\n1. a\n2. b',
    );
  });
});

describe('lineColumn', () => {
  it('turns an offset into a 1-based line and column', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
