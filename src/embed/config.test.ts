import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { optionReader, readLauncherConfig } from './config';
import { readConfig } from './widget-config';

const BASE = 'https://site.example.com/blog/post.html';
const attrs = (a: Record<string, string>) => (n: string) => a[n] ?? null;
/** Every option, from attributes read by `get`, as `<faq-chat>` has them once faq-chat-app.js has mounted it. */
const read = (get: (n: string) => string | null, prefix: string, base: string, script?: string) =>
  readConfig({ get, prefix, base, script });
let warn: { mock: { calls: unknown[][] }; mockRestore(): void };

beforeEach(() => {
  vi.stubGlobal('CSS', { supports: (_p: string, v: string) => /^(#[0-9a-f]{3,8}|rebeccapurple)$/i.test(v) });
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  warn.mockRestore();
});

describe('readConfig', () => {
  it('resolves the knowledge URL against the page and applies defaults', () => {
    expect(read(attrs({ knowledge: 'faq.json' }), 'data-', BASE)).toEqual({
      knowledge: 'https://site.example.com/blog/faq.json',
      position: 'right',
      theme: 'auto',
      launcher: 'show',
      open: false,
      ctaPrefill: false,
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads every option', () => {
    const c = read(
      attrs({
        knowledge: '/kb.json',
        'cta-url': 'https://cal.com/x',
        'cta-label': 'Book',
        title: 'T',
        accent: '#123456',
        position: 'left',
        open: '',
        greeting: 'G',
        theme: 'dark',
        launcher: 'none',
        'launcher-label': 'Ask us',
        'cta-prefill': 'true',
        'cta-utm': 'utm_source=faq-chat',
      }),
      'data-',
      BASE,
    );
    expect(c).toEqual({
      knowledge: 'https://site.example.com/kb.json',
      ctaUrl: 'https://cal.com/x',
      ctaLabel: 'Book',
      title: 'T',
      accent: '#123456',
      position: 'left',
      open: true,
      greeting: 'G',
      theme: 'dark',
      launcher: 'none',
      launcherLabel: 'Ask us',
      ctaPrefill: true,
      ctaUtm: 'utm_source=faq-chat',
    });
  });

  it('warns with the attribute name as written and falls back to the default', () => {
    const c = read(
      attrs({
        knowledge: '/kb.json',
        position: 'middle',
        theme: 'blue',
        launcher: 'hidden',
        accent: 'blurple',
        open: 'yes',
        'cta-prefill': 'maybe',
        'cta-url': 'javascript:alert(1)',
      }),
      'data-',
      BASE,
    );
    expect(c).toMatchObject({ position: 'right', theme: 'auto', launcher: 'show', open: false, ctaPrefill: false });
    expect(c.accent).toBeUndefined();
    expect(c.ctaUrl).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(
      '[faq-chat] data-position="middle" is not valid; use "right" or "left". Using "right".',
    );
    expect(warn).toHaveBeenCalledWith(
      '[faq-chat] data-theme="blue" is not valid; use "auto" or "light" or "dark". Using "auto".',
    );
    expect(warn).toHaveBeenCalledWith(
      '[faq-chat] data-cta-prefill="maybe" is not valid; use "true" or "false". Using "false".',
    );
    expect(warn.mock.calls.map((call: unknown[]) => String(call[0]).split('=')[0])).toEqual([
      '[faq-chat] data-position',
      '[faq-chat] data-theme',
      '[faq-chat] data-launcher',
      '[faq-chat] data-open',
      '[faq-chat] data-accent',
      '[faq-chat] data-cta-prefill',
      '[faq-chat] data-cta-url',
    ]);
  });

  it('names element attributes without the data- prefix and warns when knowledge is missing', () => {
    const c = read(attrs({ position: 'top' }), '', BASE);
    expect(c.knowledge).toBe('https://site.example.com/faq.json');
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'knowledge is missing; set it to the URL of your knowledge file, e.g. knowledge="/faq.json"',
      ),
    );
    expect(warn).toHaveBeenCalledWith('[faq-chat] position="top" is not valid; use "right" or "left". Using "right".');
  });

  it("puts the encoder's folder beside the script unless semantic is off", () => {
    const script = 'https://cdn.site.example.com/js/faq-chat.js';
    expect(read(attrs({ knowledge: '/kb.json' }), 'data-', BASE, script).encoder).toBe(
      'https://cdn.site.example.com/js/faq-chat-encoder/',
    );
    expect(read(attrs({ knowledge: '/kb.json', semantic: 'off' }), 'data-', BASE, script).encoder).toBeUndefined();
    // Without the script's URL (a bundler import) there is no folder to load it from.
    expect(read(attrs({ knowledge: '/kb.json' }), '', BASE).encoder).toBeUndefined();
    expect(read(attrs({ knowledge: '/kb.json', semantic: 'maybe' }), 'data-', BASE, script).encoder).toBeDefined();
    expect(warn).toHaveBeenCalledWith('[faq-chat] data-semantic="maybe" is not valid; use "on" or "off". Using "on".');
  });
});

describe('readLauncherConfig', () => {
  it("reads only what the plain launcher needs: the widget's options wait for faq-chat-app.js", () => {
    const source = {
      get: attrs({ position: 'left', accent: '#123456', 'launcher-label': 'Ask us', 'cta-url': 'javascript:alert(1)' }),
      prefix: 'data-',
      base: BASE,
    };
    expect(readLauncherConfig(optionReader(source))).toEqual({
      position: 'left',
      theme: 'auto',
      launcher: 'show',
      open: false,
      launcherLabel: 'Ask us',
      accent: '#123456',
    });
    // Neither the missing knowledge nor the bad booking link is parsed (or reported) before the widget loads.
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('knowledge sources', () => {
  it('keeps "#id" (an inline knowledge script) as it is, and resolves an FAQ page like a file', () => {
    expect(read(attrs({ knowledge: '#faq-data' }), 'data-', BASE).knowledge).toBe('#faq-data');
    expect(read(attrs({ knowledge: '/help/faq/' }), 'data-', BASE).knowledge).toBe(
      'https://site.example.com/help/faq/',
    );
  });
});
