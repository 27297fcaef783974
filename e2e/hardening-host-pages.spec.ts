import type { Page } from '@playwright/test';
import { expect, test, type Widget } from './fixtures';
import { hostHtml, openHost, PAGE, smallKb, watchHost, type HostPage } from './hardening-helpers';

// Hostile or unusual host pages: the widget must look and work the same as on a plain page.

/** Where the launcher and panel sit and how they look, read from inside the shadow root. */
async function signature(page: Page, widget: Widget) {
  await expect(widget.launcher).toBeVisible();
  const read = () =>
    widget.host.evaluate((host) => {
      const root = host.shadowRoot!;
      const box = (sel: string) => {
        const el = root.querySelector(sel);
        // The closed panel may already be rendered ahead, hidden: only what a visitor sees is compared.
        if (!el || el.closest('.panel:not(.open)')) return null;
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return {
          rect: [r.x, r.y, r.width, r.height].map(Math.round),
          style: [
            s.display,
            s.position,
            s.fontSize,
            s.fontFamily,
            s.color,
            s.backgroundColor,
            s.visibility,
            s.opacity,
            s.textAlign,
            s.letterSpacing,
            s.lineHeight,
          ],
        };
      };
      return {
        launcher: box('.launcher'),
        panel: box('.panel'),
        header: box('h2'),
        bubble: box('.bubble'),
        chip: box('.chip'),
        input: box('textarea'),
      };
    });
  const closed = await read();
  await widget.open();
  await expect(widget.part('chip')).toHaveCount(2);
  await page.evaluate(() => document.fonts.ready);
  const open = await read();
  return { closed, open };
}

/** Opens, answers, and follows a chip: the widget works. */
async function works(widget: Widget) {
  await widget.ask('pricing');
  await expect(widget.answers.last()).toContainText('from €12,000');
  await widget.lastReply.locator('[part~="chip"]').click();
  await expect(widget.answers.last()).toContainText('inside your network');
  await widget.part('close').click();
  await expect(widget.panel).toBeHidden();
}

async function plain(page: Page, widget: Widget) {
  // No entrance animation, so boxes can be compared exactly.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openHost(page, {}, smallKb);
  const sig = await signature(page, widget);
  await page.evaluate(() => sessionStorage.clear());
  await page.unrouteAll();
  return sig;
}

const hostile: { name: string; host: HostPage; init?: () => void }[] = [
  { name: '* { all: unset !important }', host: { head: '<style>* { all: unset !important }</style>' } },
  {
    name: 'div { display: none !important }',
    host: {
      head: '<style>div { display: none !important } button, a, h2, p { color: red !important; font: 30px serif !important }</style>',
    },
  },
  {
    name: 'html { font-size: 8px }',
    host: { head: '<style>html { font-size: 8px; line-height: 3; letter-spacing: 4px; text-align: center }</style>' },
  },
  {
    name: 'body { transform: scale(.9) }',
    host: { head: '<style>body { transform: scale(.9); filter: blur(0); contain: paint }</style>' },
  },
  {
    name: 'an element with z-index 2147483647',
    host: { body: '<div id="top" style="position:fixed;inset:0;z-index:2147483647;background:#fff8"></div>' },
  },
  // An RTL page mirrors the panel on purpose: e2e/i18n.spec.ts checks it.
  {
    name: 'another Preact and React on the page',
    host: {},
    init: () => {
      const w = window as unknown as Record<string, unknown>;
      w.preact = {
        h: 1,
        render: 'junk',
        options: {
          vnode: () => {
            throw Error('host preact');
          },
        },
      };
      w.h = () => {
        throw Error('host h');
      };
      w.React = { createElement: null, version: 'junk' };
      w.Fragment = 42;
      w.__PREACT_DEVTOOLS__ = {
        attachPreact: () => {
          throw Error('devtools');
        },
      };
    },
  },
  {
    name: 'extended built-in prototypes',
    host: {},
    init: () => {
      const p = (o: object, k: string, v: unknown) => ((o as Record<string, unknown>)[k] = v);
      p(Object.prototype, 'bar', 1);
      p(Object.prototype, 'title', 'polluted');
      for (const k of ['foo', 'each', 'first', 'last', 'contains', 'clean']) p(Array.prototype, k, () => 'x');
      p(String.prototype, 'trim2', () => '');
      p(Function.prototype, 'bind2', () => null);
    },
  },
];

for (const c of hostile) {
  test(`${c.name}: the widget looks and works as on a plain page`, async ({ page, widget }) => {
    const expected = await plain(page, widget);
    const host = await watchHost(page);
    if (c.init) await page.addInitScript(c.init);
    await openHost(page, c.host, smallKb);
    expect(await signature(page, widget)).toEqual(expected);
    await works(widget);
    if (c.name.includes('z-index')) {
      // The widget is on top: a click on the launcher reaches it, not the overlay.
      const b = await widget.launcherBox();
      expect(
        await page.evaluate(
          ([x, y]) => document.elementFromPoint(x, y)?.localName,
          [b.x + b.width / 2, b.y + b.height / 2],
        ),
      ).toBe('faq-chat');
    }
    expect(await host.all()).toEqual([]);
  });
}

test('the z-index is configurable with --faq-chat-z-index', async ({ page, widget }) => {
  await openHost(
    page,
    {
      head: '<style>faq-chat { --faq-chat-z-index: 10 }</style>',
      body: '<div id="cover" style="position:fixed;inset:0;z-index:11;background:#fff8"></div>',
    },
    smallKb,
  );
  await expect(widget.launcher).toHaveCSS('z-index', '10');
  const b = await widget.launcherBox();
  const at = (id: string) =>
    page
      .evaluate(
        ([x, y]) => document.elementFromPoint(x, y)?.id || document.elementFromPoint(x, y)?.localName,
        [b.x + b.width / 2, b.y + b.height / 2],
      )
      .then((v) => v == id);
  expect(await at('cover')).toBe(true);
  await page.evaluate(() => document.getElementById('cover')!.style.setProperty('z-index', '9'));
  expect(await at('faq-chat')).toBe(true);
});

test('a strict CSP sent as an HTTP header: the widget works fully and violates nothing', async ({ page, widget }) => {
  const host = await watchHost(page);
  const csp = "default-src 'self'; script-src 'self'; style-src 'self'";
  await openHost(
    page,
    {
      headers: { 'content-security-policy': csp },
      attrs: { 'data-accent': '#7c2d12', 'data-cta-url': 'https://book.example.com/x' },
    },
    smallKb,
  );
  await widget.open();
  await expect(widget.part('header')).toHaveCSS('background-color', 'rgb(124, 45, 18)');
  await expect(widget.launcher).toHaveCSS('position', 'fixed');
  await expect(widget.part('chip')).toHaveCount(2);
  await works(widget);
  await widget.open();
  await widget.ask('zzqx unknowable');
  await expect(widget.booking).toHaveAttribute('href', 'https://book.example.com/x');
  await widget.part('restart').click();
  await expect(widget.visitorMessages).toHaveCount(0);
  expect(await host.all()).toEqual([]);
});

/** Replaces sessionStorage before any script runs; `mode` picks how it fails. */
function breakStorage(mode: 'getter' | 'quota') {
  if (mode == 'getter')
    Object.defineProperty(window, 'sessionStorage', {
      get() {
        throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
      },
    });
  else {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Storage.prototype.setItem = full;
    Storage.prototype.getItem = full;
  }
}

for (const mode of ['getter', 'quota'] as const) {
  test(`storage that throws (${mode}): the widget works without persistence and logs no error`, async ({
    page,
    widget,
  }) => {
    const host = await watchHost(page);
    const logs: string[] = [];
    page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
    await page.addInitScript(breakStorage, mode);
    await openHost(page, {}, smallKb);
    await widget.open();
    await works(widget);
    await widget.open();
    await widget.ask('pricing');
    await expect(widget.answers).toHaveCount(3);
    await page.reload();
    await expect(widget.launcher).toBeVisible();
    await expect(widget.panel).toBeHidden();
    await widget.open();
    await expect(widget.visitorMessages).toHaveCount(0);
    expect(await host.all()).toEqual([]);
    expect(logs.filter((l) => !l.startsWith('debug') && !l.startsWith('info')).length).toBeLessThanOrEqual(1);
  });
}

test('the snippet twice, the API before load, and the element removed and re-added: one widget, no leaked listeners', async ({
  page,
  widget,
}) => {
  const host = await watchHost(page);
  await page.addInitScript(() => {
    // Count live listeners on window and document to catch leaks across remounts.
    const live = new Map<string, number>();
    const w = window as unknown as { __listeners: () => number; FaqChat: unknown[] };
    for (const target of [window, document]) {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      target.addEventListener = (
        t: string,
        fn: EventListenerOrEventListenerObject,
        o?: boolean | AddEventListenerOptions,
      ) => {
        const once = typeof o == 'object' && o.once;
        if (!once) live.set(t, (live.get(t) ?? 0) + 1);
        add(t, fn, o);
      };
      target.removeEventListener = (
        t: string,
        fn: EventListenerOrEventListenerObject,
        o?: boolean | EventListenerOptions,
      ) => {
        live.set(t, (live.get(t) ?? 0) - 1);
        remove(t, fn, o);
      };
    }
    w.__listeners = () => [...live.values()].reduce((a, b) => a + Math.max(0, b), 0);
    w.FaqChat = [['open']];
  });
  await page.route(PAGE, (r) =>
    r.fulfill({ contentType: 'text/html', body: hostHtml().replace(/<script src=.*<\/script>/, (s) => s + s) }),
  );
  await page.route('**/h/kb.json', (r) =>
    r.fulfill({ contentType: 'application/json', body: JSON.stringify(smallKb) }),
  );
  await page.goto(PAGE);
  await expect(widget.panel).toBeVisible();
  await page.waitForLoadState('load');
  const count = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('faq-chat')].map((e) => e.shadowRoot!.querySelectorAll('.launcher').length),
    );
  expect(await count()).toEqual([1]);
  const before = await page.evaluate(() => (window as unknown as { __listeners: () => number }).__listeners());
  await page.evaluate(() => {
    const el = document.querySelector('faq-chat')!;
    for (let i = 0; i < 20; i++) {
      el.remove();
      document.body.append(el);
    }
  });
  expect(await count()).toEqual([1]);
  expect(
    await page.evaluate(() => (window as unknown as { __listeners: () => number }).__listeners()),
  ).toBeLessThanOrEqual(before);
  // The API drives the re-added widget; Escape closes it once and focus returns to the launcher.
  await page.evaluate(() => (window as unknown as { FaqChat: { open(): void } }).FaqChat.open());
  await expect(widget.panel).toBeVisible();
  await widget.ask('pricing');
  await expect(widget.answers).toHaveCount(1);
  await widget.input.press('Escape');
  await expect(widget.panel).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { FaqChat: { isOpen: boolean } }).FaqChat.isOpen)).toBe(false);
  await widget.launcher.click();
  await expect(widget.panel).toBeVisible();
  await expect(widget.answers).toHaveCount(1);
  expect(await host.all()).toEqual([]);
});
