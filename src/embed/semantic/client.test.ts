/** The encoder client's logic, with a stand-in Worker: what `match` resolves to before, during and after the worker. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KnowledgeBase, MatchResult } from '../../engine/types';
import type { FromWorker, ToWorker } from './protocol';

/** The last stand-in worker started, with what it was sent. */
let worker: FakeWorker | undefined;
class FakeWorker {
  sent: ToWorker[] = [];
  terminated = false;
  onmessage?: (e: { data: FromWorker }) => void;
  onerror?: (e: { message: string; preventDefault(): void }) => void;
  constructor(readonly url: URL) {
    worker = this;
  }
  postMessage(m: ToWorker) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  /** Sends a message from the worker to the client. */
  reply(m: FromWorker) {
    this.onmessage?.({ data: m });
  }
}

const result: MatchResult = { status: 'answer', id: 'pricing', score: 0.9, suggestions: [] };
const HOME = 'https://shop.example/faq-chat-encoder/';

/** A fresh client module (its "off" note is once per page, so per test here). */
async function client(home = HOME) {
  vi.resetModules();
  const { semanticClient } = await import('./client');
  return semanticClient(home, async () => KB);
}

const KB: KnowledgeBase = { entries: [{ id: 'pricing', question: 'How much is it?', answer: 'Ten pounds.' }] };
/** Lets the client's start (its own promises: the worker, then the knowledge) run. */
const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
  worker = undefined;
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('location', new URL('https://shop.example/blog/post'));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('semanticClient', () => {
  it('starts nothing until start, then one worker (once) that is sent the knowledge the widget loaded', async () => {
    const c = await client();
    expect(worker).toBeUndefined();
    c.start();
    c.start();
    await settle();
    expect(worker?.url.href).toBe(`${HOME}worker.js`);
    expect(worker?.sent).toEqual([{ type: 'init', knowledge: KB, home: HOME }]);
  });

  it("leaves the answer to the word matcher (undefined) until the worker is ready, then gives the worker's", async () => {
    const c = await client();
    c.start();
    await settle();
    await expect(c.match('how much?')).resolves.toBeUndefined();
    worker?.reply({ type: 'ready', backend: 'wasm', vectors: 'stored', ms: 1 });
    const answer = c.match('how much?');
    const asked = worker?.sent.at(-1) as Extract<ToWorker, { type: 'match' }>;
    expect(asked).toMatchObject({ type: 'match', text: 'how much?' });
    worker?.reply({ type: 'match', id: asked.id, result });
    await expect(answer).resolves.toEqual(result);
  });

  it('gives up on a message the worker does not answer in time', async () => {
    vi.useFakeTimers();
    const { DEFAULTS } = await import('../../state/defaults');
    const c = await client();
    c.start();
    await vi.advanceTimersByTimeAsync(0);
    worker?.reply({ type: 'ready', backend: 'cpu', vectors: 'computed', ms: 1 });
    const answer = c.match('still there?');
    vi.advanceTimersByTime(DEFAULTS.encoderWaitMs);
    await expect(answer).resolves.toBeUndefined();
  });

  it('after the worker fails: one console note saying why, the worker ends, and waiting messages get undefined', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const c = await client();
    c.start();
    await settle();
    worker?.reply({ type: 'ready', backend: 'wasm', vectors: 'stored', ms: 1 });
    const waiting = c.match('refund?');
    worker?.reply({ type: 'failed', reason: 'the model files are missing' });
    worker?.reply({ type: 'failed', reason: 'again' });
    await expect(waiting).resolves.toBeUndefined();
    await expect(c.match('refund?')).resolves.toBeUndefined();
    expect(worker?.terminated).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/^\[faq-chat\] Matching by meaning is off: the model files are missing\./);
  });

  it('from another origin under a policy without blob: workers, starts nothing and says what to allow', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const policy = { getAttribute: () => "default-src 'self'; script-src 'self' https://cdn.example" };
    vi.stubGlobal('document', { querySelectorAll: () => [policy] });
    vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')));
    const c = await client('https://cdn.example/faq-chat-encoder/');
    c.start();
    await settle();
    expect(worker).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toContain('allow blob: in the page');
    await expect(c.match('hello')).resolves.toBeUndefined();
  });
});
