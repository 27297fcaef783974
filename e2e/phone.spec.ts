import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { openHost } from './hardening-helpers';

// Phones (≤ 480 px, the "phone" project): a full-screen panel above the on-screen keyboard, the page behind
// locked. On the desktop project the same tests check that none of it happens there.
const kb = JSON.parse(readFileSync('e2e/fixtures/kb.json', 'utf8'));
const tall = '<div style="height:3000px">Long article</div>';

test('the open panel covers the phone screen and the page behind does not scroll; closing restores the page', async ({
  page,
  widget,
}) => {
  const phone = test.info().project.name == 'phone';
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openHost(page, { body: tall, head: '<style>html { scroll-behavior: auto }</style>' }, kb);
  await page.evaluate(() => {
    document.documentElement.style.overflow = 'auto'; // the host's own inline value, to be given back
    scrollTo(0, 500);
  });
  await widget.open();
  const view = page.viewportSize()!;
  const box = (await widget.panel.boundingBox())!;
  const html = await page.evaluate(() => [
    document.documentElement.style.overflow,
    getComputedStyle(document.documentElement).overflow,
    scrollY,
  ]);
  if (phone) {
    expect([box.x, box.y, box.width, box.height].map(Math.round)).toEqual([0, 0, view.width, view.height]);
    expect(html).toEqual(['hidden', 'hidden', 500]);
    await expect(widget.launcher).toBeHidden();
  } else {
    expect(box.width).toBeLessThan(400);
    expect(html).toEqual(['auto', 'auto', 500]);
  }
  await widget.part('close').click();
  await expect(widget.panel).toBeHidden();
  expect(await page.evaluate(() => [document.documentElement.style.overflow, scrollY])).toEqual(['auto', 500]);
});

test('on a phone the panel follows the visual viewport (the on-screen keyboard shrinks it)', async ({
  page,
  widget,
}) => {
  const phone = test.info().project.name == 'phone';
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openHost(page, { body: tall }, kb);
  await widget.open();
  await expect(widget.booking).toBeVisible();
  const before = Math.round((await widget.panel.boundingBox())!.height);
  // Zooming in shrinks the visual viewport as a keyboard does; the panel must track it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
  await expect
    .poll(() =>
      widget.panel.evaluate((p) => {
        const r = p.getBoundingClientRect();
        const vv = visualViewport!;
        return [Math.round(vv.height), Math.round(r.height)];
      }),
    )
    .toEqual(phone ? [422, 422] : [400, before]);
  // The footer's booking link and the text box stay inside the shrunk panel.
  const inside = await widget.panel.evaluate((p) => {
    const panel = p.getBoundingClientRect();
    return ['[part~="cta-footer"]', '[part~="input"]'].map(
      (sel) => p.querySelector(sel)!.getBoundingClientRect().bottom <= panel.bottom + 0.5,
    );
  });
  expect(inside).toEqual([true, true]);
  await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1 });
});

test('text inputs are at least 16 px (no iOS zoom) and every control is at least 44 × 44 px', async ({
  page,
  widget,
}) => {
  await openHost(page, {}, kb);
  await widget.open();
  await widget.ask('pricing');
  await expect(widget.answers.last()).toContainText('from €12,000');
  await expect(widget.input).toHaveCSS('font-size', '16px');
  const small = await widget.host.evaluate((h) =>
    [...h.shadowRoot!.querySelectorAll('button, .cta, textarea')]
      .map((el) => [el.getAttribute('part'), el.getBoundingClientRect()] as const)
      .filter(([, r]) => r.width > 0 && (r.width < 44 || r.height < 44))
      .map(([part, r]) => `${part} ${r.width}×${r.height}`),
  );
  expect(small).toEqual([]);
});

test('opening by tap or by the API does not scroll the host page, nor does a panel restored after reload take focus', async ({
  page,
  widget,
}) => {
  await openHost(page, { body: tall }, kb);
  await page.evaluate(() => scrollTo(0, 800));
  await (test.info().project.use.hasTouch ? widget.launcher.tap() : widget.launcher.click());
  await expect(widget.input).toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(800);
  await widget.part('close').click();
  await page.evaluate(() => (window.FaqChat as { open(): void }).open());
  await expect(widget.panel).toBeVisible();
  expect(await page.evaluate(() => scrollY)).toBe(800);
  await page.reload();
  await expect(widget.panel).toBeVisible();
  await expect(widget.input).not.toBeFocused();
});
