import { afterEach, describe, expect, it, vi } from 'vitest';
import kbJson from '../../e2e/fixtures/kb.json';
import type { KnowledgeBase } from '../engine/types';
import { MAX_MESSAGE_CHARS as MAX_MESSAGE } from '../engine/match/lexical-answerer';
import { createChatModel, type ChatEvent } from './model';
import { defaultStrings, GREETING_WITHOUT_STARTERS } from '../engine/texts';
import { settle } from '../testing/settle';

const kb = kbJson as KnowledgeBase;
// A test that fails while time is faked must not leave the next one with frozen timers.
afterEach(() => vi.useRealTimers());
const ready = (over: Partial<Parameters<typeof createChatModel>[0]> = {}) => {
  const load = vi.fn(() => Promise.resolve(kb));
  return { load, model: createChatModel({ load, delay: 0, ...over }) };
};

describe('createChatModel', () => {
  it('starts idle and loads the knowledge base once, on warm-up or open', async () => {
    const { model, load } = ready();
    expect(model.lifecycle.value).toBe('idle');
    model.warm();
    model.open();
    await settle(model);
    expect(load).toHaveBeenCalledTimes(1);
    expect(model.lifecycle.value).toBe('ready');
    expect(model.strings.value.title).toBe('Acme AI help');
  });

  it('answers a question asked before the knowledge base arrived, once it does', async () => {
    const { model } = ready();
    model.ask('  pricing  ');
    expect(model.messages.value).toEqual([{ kind: 'visitor', text: 'pricing' }]);
    expect(model.typing.value).toBe(true);
    await settle(model);
    expect(model.messages.value[1]).toEqual({ kind: 'answer', id: 'pricing' });
    expect(model.typing.value).toBe(false);
  });

  it('maps suggest, none and small talk to their replies', async () => {
    const { model } = ready();
    model.warm();
    await settle(model);
    model.ask('does openai train');
    model.ask('what is the weather in paris');
    model.ask('thanks');
    expect(model.messages.value.filter((m) => m.kind != 'visitor')).toEqual([
      { kind: 'suggest', ids: ['openai-chatgpt', 'openai-api'] },
      { kind: 'fallback' },
      { kind: 'smalltalk', text: "You're welcome! Anything else I can help with?" },
    ]);
  });

  it('answers the chosen entry directly when a chip passes its id', async () => {
    const { model } = ready();
    model.warm();
    await settle(model);
    model.ask('Does OpenAI train on ChatGPT conversations?', 'openai-chatgpt');
    expect(model.messages.value[1]).toEqual({ kind: 'answer', id: 'openai-chatgpt' });
  });

  it('ignores blank messages and clips long ones with a flag', async () => {
    const { model } = ready();
    model.ask(' \n\t ');
    expect(model.messages.value).toEqual([]);
    model.ask('x'.repeat(MAX_MESSAGE + 5));
    expect(model.messages.value[0]).toEqual({ kind: 'visitor', text: 'x'.repeat(MAX_MESSAGE), clipped: true });
  });

  it('waits `delay` ms before replying, showing the typing indicator', async () => {
    vi.useFakeTimers();
    const { model } = ready({ delay: 350 });
    model.warm();
    await vi.runAllTimersAsync();
    model.ask('pricing');
    expect(model.typing.value).toBe(true);
    vi.advanceTimersByTime(349);
    expect(model.messages.value).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(model.messages.value).toHaveLength(2);
    expect(model.typing.value).toBe(false);
  });

  it('replies "unavailable" when the knowledge base cannot be loaded', async () => {
    const { model } = ready({ load: () => Promise.reject(new Error('404')) });
    model.ask('pricing');
    await settle(model);
    expect(model.lifecycle.value).toBe('error');
    expect(model.messages.value[1]).toEqual({ kind: 'unavailable' });
  });

  it('greets without pointing at starter questions once the knowledge base failed to load (none will show)', async () => {
    const { model } = ready({ load: () => Promise.reject(new Error('404')) });
    // While it loads, its starters may still come.
    expect(model.strings.value.greeting).toBe(defaultStrings.greeting);
    model.warm();
    await settle(model);
    expect(model.lifecycle.value).toBe('error');
    expect(model.strings.value.greeting).toBe(GREETING_WITHOUT_STARTERS);
  });

  it('resolves the booking link: entry, then overrides, then the knowledge base', async () => {
    const { model } = ready({ overrides: { ctaUrl: 'https://book.example.com/x' } });
    model.warm();
    await settle(model);
    expect(model.cta('baa')).toEqual({ label: 'Talk to compliance', url: 'https://acme.example.com/compliance' });
    expect(model.cta('pricing')).toEqual({ label: 'Book a call', url: 'https://book.example.com/x' });
    const plain = ready().model;
    plain.warm();
    await settle(plain);
    expect(plain.cta()).toEqual(kb.cta);
    expect(createChatModel({ load: () => Promise.resolve({ entries: kb.entries.slice(0, 1) }) }).cta()).toBeUndefined();
  });

  it('start over clears the conversation and pending replies', async () => {
    vi.useFakeTimers();
    const { model } = ready({ delay: 350 });
    model.warm();
    await vi.runAllTimersAsync();
    model.ask('pricing');
    model.restart();
    vi.advanceTimersByTime(1000);
    expect(model.messages.value).toEqual([]);
    expect(model.typing.value).toBe(false);
  });

  it('restores a snapshot and rejects malformed ones', () => {
    const { model } = ready();
    model.restore({ open: true, messages: [{ kind: 'script', text: 1 }] });
    expect(model.isOpen.value).toBe(false);
    model.restore({
      open: true,
      messages: [
        { kind: 'visitor', text: 'hi' },
        { kind: 'answer', id: 'pricing' },
      ],
    });
    expect(model.isOpen.value).toBe(true);
    expect(model.snapshot()).toEqual({
      open: true,
      messages: [
        { kind: 'visitor', text: 'hi' },
        { kind: 'answer', id: 'pricing' },
      ],
    });
  });

  it('reports opens, closes, each question with what it got, and booking clicks', async () => {
    const events: ChatEvent[] = [];
    const { model } = ready({ onEvent: (e) => events.push(e) });
    model.open();
    await settle(model);
    for (const q of ['pricing', 'does openai train', 'what is the weather in paris', 'thanks!']) model.ask(q);
    model.booked('pricing', 'pricing', 'https://cal.example.com/acme/intro');
    model.close();
    expect(events.map((e) => e.type)).toEqual([
      'open',
      'question',
      'answer',
      'question',
      'suggest',
      'question',
      'unanswered',
      'question',
      'cta-click',
      'close',
    ]);
    expect(events[1]).toMatchObject({ text: 'pricing', status: 'answer', id: 'pricing' });
    expect(events[2]).toEqual(events[1] && { ...events[1], type: 'answer' });
    expect(events[4]).toMatchObject({
      text: 'does openai train',
      status: 'suggest',
      suggestions: ['openai-chatgpt', 'openai-api'],
    });
    expect(events[6]).toMatchObject({ text: 'what is the weather in paris', status: 'none' });
    expect(events[7]).toMatchObject({ text: 'thanks!', smallTalk: 'thanks' });
    expect(events[8]).toEqual({
      type: 'cta-click',
      id: 'pricing',
      text: 'pricing',
      url: 'https://cal.example.com/acme/intro',
    });
  });

  it('reports a question it cannot answer while the knowledge base is unavailable as unanswered', async () => {
    const events: ChatEvent[] = [];
    const model = createChatModel({
      load: () => Promise.reject(Error('down')),
      delay: 0,
      onEvent: (e) => events.push(e),
    });
    model.ask('pricing');
    await settle(model);
    expect(events.map((e) => [e.type, 'status' in e && e.status])).toEqual([
      ['question', 'unavailable'],
      ['unanswered', 'unavailable'],
    ]);
  });

  it('adds opt-in UTM parameters and the visitor question to booking links', async () => {
    const { model } = ready({ overrides: { ctaUtm: 'utm_source=faq-chat&utm_medium=widget', ctaPrefill: true } });
    model.warm();
    await settle(model);
    expect(model.cta('pricing', 'How much, roughly?')!.url).toBe(
      'https://cal.example.com/acme/intro?utm_source=faq-chat&utm_medium=widget&notes=How+much%2C+roughly%3F',
    );
    expect(model.cta('baa')!.url).toBe('https://acme.example.com/compliance?utm_source=faq-chat&utm_medium=widget');
    const { model: plain } = ready();
    plain.warm();
    await settle(plain);
    expect(plain.cta('pricing', 'How much?')!.url).toBe('https://cal.example.com/acme/intro');
  });
});
