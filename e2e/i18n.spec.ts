import type { Page } from '@playwright/test';
import { expect, test, type Widget } from './fixtures';
import { openHost, smallKb } from './hardening-helpers';
import { defaultStrings } from '../src/state/strings';

// Every UI text comes from the knowledge file's `strings`; a right-to-left knowledge base or page mirrors the panel.

/** Every text and label a visitor or a screen reader meets inside the widget. */
const texts = (w: Widget) =>
  w.host.evaluate((h) => {
    const out: string[] = [];
    const walk = (n: Node) => {
      if (n.nodeType == 3) out.push(n.textContent!.trim());
      if (n instanceof Element)
        for (const a of ['aria-label', 'placeholder', 'title']) out.push(n.getAttribute(a) ?? '');
      n.childNodes.forEach(walk);
    };
    walk(h.shadowRoot!);
    return out.filter(Boolean);
  });

test('every UI string can be set in the knowledge file', async ({ page, widget }) => {
  const keys = Object.keys(defaultStrings) as (keyof typeof defaultStrings)[];
  const strings = Object.fromEntries(keys.map((k) => [k, `«${k}»`]));
  const { cta: _, ...kb } = smallKb;
  kb.entries[1] = { ...kb.entries[1], id: 'hosting', question: 'Can you host it on our servers?' };
  await openHost(
    page,
    { attrs: { 'data-cta-url': 'https://book.example.com/x' } },
    { ...kb, title: undefined, greeting: undefined, strings },
  );
  const seen = new Set<string>();
  const look = async () => (await texts(widget)).forEach((t) => seen.add(t));
  await page.waitForLoadState('load');
  await widget.launcher.hover(); // loads the knowledge file
  await expect(widget.launcher).toHaveAttribute('aria-label', '«open»');
  await look();
  await widget.open();
  await look();
  await widget.ask('pricing');
  await expect(widget.answers.last()).toContainText('from €12,000');
  for (const q of ['does it cost money or host servers', 'x'.repeat(1100)]) await widget.ask(q);
  await expect(widget.part('fallback')).toHaveCount(1);
  await look();
  // The typing dots show for a moment before each reply; read their label as the question is sent.
  seen.add(
    await widget.host.evaluate(async (h) => {
      const box = h.shadowRoot!.querySelector('textarea')!;
      box.value = 'pricing';
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      // The widget renders a burst of changes once, on the next microtask; the dots then stay for ~350 ms.
      await new Promise((r) => setTimeout(r, 0));
      return h.shadowRoot!.querySelector('.typing')!.getAttribute('aria-label')!;
    }),
  );
  // "unavailable" is shown only when the knowledge file itself cannot load, so it can never come from that file.
  expect(keys.filter((k) => k != 'unavailable' && ![...seen].some((t) => t.includes(`«${k}»`)))).toEqual([]);
  expect([...seen].filter((t) => Object.values(defaultStrings).includes(t))).toEqual([]);
});

const arabic = {
  locale: 'ar',
  title: 'أسئلة؟',
  greeting: 'مرحبا! اسأل عن الأسعار.',
  cta: { label: 'احجز مكالمة', url: 'https://book.example.com/ar' },
  strings: { placeholder: 'اكتب سؤالك…', send: 'إرسال', close: 'إغلاق', open: 'فتح المحادثة' },
  entries: [
    {
      id: 'price',
      question: 'كم التكلفة؟',
      keywords: ['السعر', 'التكلفة'],
      answer: 'تبدأ التكلفة من **12,000 يورو**.',
    },
  ],
};

/** The left edge of the first match; polled, because faq-chat-app.js may be replacing the plain launcher just then. */
async function x(w: Widget, sel: string) {
  let box: { x: number } | null = null;
  await expect.poll(async () => (box = await w.host.locator(sel).first().boundingBox())).not.toBeNull();
  return box!.x;
}

/** Opens the panel and reports the widget's direction, whether the header is mirrored, and the launcher's side (set by data-position, not the language). */
async function layout(page: Page, w: Widget) {
  const launcherRight = (await x(w, '[part="launcher"]')) > page.viewportSize()!.width / 2;
  await w.open();
  return {
    dir: await w.host.locator('.fc').evaluate((e) => getComputedStyle(e).direction),
    closeLeftOfTitle: (await x(w, '[part="close"]')) < (await x(w, 'h2')),
    launcherRight,
  };
}

test('a right-to-left knowledge base mirrors the panel; each message keeps its own direction', async ({
  page,
  widget,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openHost(page, {}, arabic);
  await widget.launcher.hover(); // loads the knowledge file, whose locale sets the direction
  await expect(widget.host.locator('.fc')).toHaveAttribute('dir', 'rtl');
  expect(await layout(page, widget)).toEqual({ dir: 'rtl', closeLeftOfTitle: true, launcherRight: true });
  await widget.ask('التكلفة');
  await expect(widget.answers.last()).toContainText('12,000');
  await expect(widget.input).toHaveAttribute('placeholder', 'اكتب سؤالك…');
  // An English message inside the mirrored panel still reads left to right.
  await widget.ask('pricing please');
  const ltr = await widget.visitorMessages.last().evaluate((el) => {
    const r = document.createRange();
    r.setStart(el.firstChild!, 0);
    r.setEnd(el.firstChild!, 1);
    const first = r.getBoundingClientRect().x;
    r.setStart(el.firstChild!, 8);
    r.setEnd(el.firstChild!, 9);
    return first < r.getBoundingClientRect().x;
  });
  expect(ltr).toBe(true);
  await page.screenshot({ path: `.tmp/shots/rtl-${test.info().project.name}.png` });
});

test('a right-to-left page mirrors the panel too; a left-to-right page and knowledge base do not', async ({
  page,
  widget,
}) => {
  await openHost(page, { html: ' dir="rtl"' }, smallKb);
  expect(await layout(page, widget)).toEqual({ dir: 'rtl', closeLeftOfTitle: true, launcherRight: true });
  await widget.ask('pricing');
  await expect(widget.answers.last()).toContainText('from €12,000');
  await page.evaluate(() => sessionStorage.clear());
  await page.unrouteAll();
  await openHost(page, {}, smallKb);
  expect(await layout(page, widget)).toEqual({ dir: 'ltr', closeLeftOfTitle: false, launcherRight: true });
});
