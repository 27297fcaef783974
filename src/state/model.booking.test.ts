import { describe, expect, it } from 'vitest';
import kbJson from '../../e2e/fixtures/kb.json';
import type { KnowledgeBase } from '../engine/types';
import { createChatModel, type ChatEvent } from './model';
import { settle } from '../testing/settle';

const kb = kbJson as KnowledgeBase;

async function readyModel(overrides = {}) {
  const events: ChatEvent[] = [];
  const model = createChatModel({
    load: () => Promise.resolve(kb),
    delay: 0,
    overrides,
    onEvent: (e) => events.push(e),
  });
  model.warm();
  await settle(model);
  return { model, events };
}

describe('"None of these" and the booking link', () => {
  it('"None of these" adds the choice and the fallback, and reports the question as unanswered', async () => {
    const { model, events } = await readyModel();
    model.ask('does openai train');
    const offered = model.messages.value.at(-1);
    expect(offered).toEqual({ kind: 'suggest', ids: ['openai-chatgpt', 'openai-api'] });
    events.length = 0;
    model.noneOfThese('does openai train', ['openai-chatgpt', 'openai-api']);
    expect(model.messages.value.slice(-2)).toEqual([
      { kind: 'visitor', text: 'None of these', choice: true },
      { kind: 'fallback' },
    ]);
    // No new question was asked: only the verdict on the old one.
    expect(events).toEqual([
      {
        type: 'unanswered',
        text: 'does openai train',
        status: 'none',
        score: 0,
        suggestions: ['openai-chatgpt', 'openai-api'],
        noneOfThese: true,
      },
    ]);
  });

  it('"None of these" speaks the knowledge file\'s language', async () => {
    const { model } = await readyModel();
    model.kb.value = { ...kb, strings: { noneOfThese: 'Aucune de ces questions' } };
    model.noneOfThese('x', []);
    expect(model.messages.value.at(-2)).toEqual({ kind: 'visitor', text: 'Aucune de ces questions', choice: true });
  });

  it("the booking link carries the visitor's latest question, never a choice they clicked", async () => {
    const { model } = await readyModel({ ctaUrl: 'https://calendly.com/acme/intro', ctaPrefill: true });
    expect(model.lastQuestion()).toBeUndefined();
    model.ask('pricing');
    model.ask('does openai train');
    model.noneOfThese('does openai train', []);
    expect(model.lastQuestion()).toBe('does openai train');
    expect(model.cta(undefined, model.lastQuestion())?.url).toBe(
      'https://calendly.com/acme/intro?a1=does+openai+train',
    );
  });

  it('a restored conversation keeps which message was a choice', async () => {
    const { model } = await readyModel();
    model.ask('does openai train');
    model.noneOfThese('does openai train', []);
    const again = createChatModel({ load: () => Promise.resolve(kb), delay: 0 });
    again.restore(JSON.parse(JSON.stringify(model.snapshot())));
    expect(again.messages.value).toEqual(model.messages.value);
    expect(again.lastQuestion()).toBe('does openai train');
  });
});
