import { describe, expect, it, vi } from 'vitest';
import kbJson from '../../e2e/fixtures/kb.json';
import type { KnowledgeBase, MatchResult } from '../engine/types';
import { createChatModel } from './model';
import { settle } from '../testing/settle';

const kb = kbJson as KnowledgeBase;
const answer = (id: string): MatchResult => ({ status: 'answer', id, score: 0.9, suggestions: [] });
/** A semantic matcher whose answers the test releases by hand, in any order. */
function controlled() {
  const calls: { text: string; resolve: (r?: MatchResult) => void; reject: (e: unknown) => void }[] = [];
  const semantic = vi.fn(
    (text: string) => new Promise<MatchResult | undefined>((resolve, reject) => calls.push({ text, resolve, reject })),
  );
  return { calls, semantic };
}
const ready = async (semantic: (t: string) => Promise<MatchResult | undefined>) => {
  const model = createChatModel({
    load: () => Promise.resolve(kb),
    delay: 0,
    encoder: { start() {}, match: semantic },
  });
  model.warm();
  await settle(model);
  return model;
};
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createChatModel with a semantic matcher', () => {
  it("uses the semantic matcher's result, and keeps the typing indicator on while it works", async () => {
    const { calls, semantic } = controlled();
    const model = await ready(semantic);
    model.ask('Are you compliant with US medical privacy law?');
    await tick();
    expect(model.typing.value).toBe(true);
    calls[0].resolve(answer('baa'));
    await settle(model);
    expect(model.messages.value[1]).toEqual({ kind: 'answer', id: 'baa' });
  });

  it('replies in the order asked, however the matcher finishes', async () => {
    const { calls, semantic } = controlled();
    const model = await ready(semantic);
    model.ask('first');
    model.ask('second');
    await tick();
    // The second message waits for the first: only one call so far.
    expect(calls.map((c) => c.text)).toEqual(['first']);
    calls[0].resolve(answer('onprem'));
    await tick();
    calls[1].resolve(answer('pricing'));
    await settle(model);
    expect(model.messages.value.map((m) => m.kind == 'answer' && m.id)).toEqual([false, false, 'onprem', 'pricing']);
  });

  it('falls back to the lexical answer on undefined, a rejection, or an id the widget does not know', async () => {
    const { calls, semantic } = controlled();
    const model = await ready(semantic);
    for (const q of ['pricing', 'pricing', 'pricing']) model.ask(q);
    await tick();
    calls[0].resolve(undefined);
    await tick();
    calls[1].reject(Error('worker gone'));
    await tick();
    calls[2].resolve(answer('no-such-entry'));
    await settle(model);
    expect(model.messages.value.filter((m) => m.kind != 'visitor')).toEqual(
      [1, 2, 3].map(() => ({ kind: 'answer', id: 'pricing' })),
    );
  });

  it('is not asked for chips (they name their entry), and a restart drops the replies still waiting', async () => {
    const { calls, semantic } = controlled();
    const model = await ready(semantic);
    model.ask('How much does a deployment cost?', 'pricing');
    await settle(model);
    expect(semantic).not.toHaveBeenCalled();
    expect(model.messages.value[1]).toEqual({ kind: 'answer', id: 'pricing' });
    model.ask('something slow');
    await tick();
    model.restart();
    calls[0].resolve(answer('baa'));
    await settle(model);
    expect(model.messages.value).toEqual([]);
    expect(model.typing.value).toBe(false);
  });
});
