import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchModelFiles } from './fetch-files';

const HOME = 'https://shop.example/js/faq-chat-encoder/';
const MODEL = {
  faqChat: { fingerprint: 'f' },
  modelTopology: {},
  weightsManifest: [{ paths: ['weights.bin'], weights: [] }],
};

/** A fetch that records each URL when requested and answers model.json only when `release` is called. */
function serve(files: Record<string, unknown>) {
  const requested: string[] = [];
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  vi.stubGlobal('fetch', async (url: string) => {
    const name = url.slice(HOME.length);
    requested.push(name);
    if (name == 'model.json') await held;
    if (!(name in files)) return new Response('', { status: 404 });
    const body = files[name];
    return new Response(body instanceof Uint8Array ? new Blob([new Uint8Array(body)]) : JSON.stringify(body));
  });
  return { requested, release };
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchModelFiles', () => {
  it('requests the weights and the vocabulary beside model.json, not after it, and fetches each once', async () => {
    const { requested, release } = serve({
      'model.json': MODEL,
      'weights.bin': new Uint8Array([1, 2, 3]),
      'vocab.json': [['a', 0]],
    });
    const files = fetchModelFiles(HOME);
    await vi.waitFor(() => expect(requested).toHaveLength(3));
    expect([...requested].sort()).toEqual(['model.json', 'vocab.json', 'weights.bin']);
    release();
    const { weights, vocab, model } = await files;
    expect(requested).toHaveLength(3);
    expect([...new Uint8Array(weights[0])]).toEqual([1, 2, 3]);
    expect(vocab).toEqual([['a', 0]]);
    expect(model.faqChat.fingerprint).toBe('f');
  });

  it('names the file at fault: a missing weight file, after model.json named it', async () => {
    const { release } = serve({ 'model.json': MODEL, 'vocab.json': [] });
    release();
    await expect(fetchModelFiles(HOME)).rejects.toThrow(`${HOME}weights.bin answered HTTP 404`);
  });

  it('reports a broken model.json first, and the early requests leave no unhandled rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const { release } = serve({ 'model.json': { weightsManifest: [] } });
    release();
    await expect(fetchModelFiles(HOME)).rejects.toThrow(`${HOME}model.json: it has no faqChat.fingerprint`);
    await new Promise((r) => setTimeout(r, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
