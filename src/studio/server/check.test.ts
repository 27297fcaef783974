import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../engine/knowledge/check';
import type { KnowledgeBase } from '../../engine/types';
import { fakeSource } from '../../testing/cli';
import { checkMessages, closePairs } from './check';
import { remembering } from './encoder';

const kb = checkKnowledge(JSON.parse(readFileSync('e2e/fixtures/kb.json', 'utf8'))).knowledge as KnowledgeBase;

describe("the studio's Check", () => {
  it('gives what the widget answers, the best entries, the entry to add it to, and eval’s figures before and after', async () => {
    const edited: KnowledgeBase = {
      ...kb,
      entries: kb.entries.map((e) =>
        e.id === 'pricing' ? { ...e, alternates: [...(e.alternates ?? []), 'zorblax quuxes'] } : e,
      ),
    };
    const r = await checkMessages(
      edited,
      [{ text: 'zorblax quuxes', expect: 'pricing' }, { text: 'how much does it cost' }],
      null,
      kb,
    );
    expect(r.matching).toBe('words only');
    expect(r.messages[0].result).toMatchObject({ status: 'answer', id: 'pricing' });
    expect(r.messages[0].ranked[0].id).toBe('pricing');
    expect(r.messages[1].place).toBe('pricing');
    expect(r.figures?.after.correct).toBe(100);
    expect(r.figures?.before?.correct).toBe(0);
    expect(r.figures?.after.cases).toBe(1);
  });
  it('ranks by meaning with an encoder, which encodes each text once', async () => {
    const inner = await fakeSource().load();
    let encoded = 0;
    const counting = {
      ...inner,
      encode: (t: readonly string[]) => {
        encoded += t.length;
        return inner.encode(t);
      },
    };
    const encoder = remembering(counting);
    const r = await checkMessages(kb, [{ text: 'do you sign a baa' }], encoder);
    expect(r.matching).toMatch(/meaning/);
    expect(r.messages[0].ranked[0].cosine).toEqual(expect.any(Number));
    const first = encoded;
    await checkMessages(kb, [{ text: 'do you sign a baa' }], encoder);
    expect(encoded).toBe(first);
  });
  it('lists entries hard to tell apart', async () => {
    const twin = { ...kb.entries[0], id: 'pricing-twin' };
    const { pairs } = await closePairs({ ...kb, entries: [...kb.entries, twin] }, null);
    expect(pairs.map((p) => [p.id, p.other].sort().join(' '))).toContain('pricing pricing-twin');
  });
});
