/**
 * How fast the widget handles what visitors type, on the demo page in Chromium (desktop): a 10,000-character
 * message, 200 messages sent at once, and one more question in a 250-question conversation. These timings used to
 * be asserted in e2e/hardening-visitor-input.spec.ts, where a busy machine made them fail; the spec now checks
 * the behaviour and this measures the speed.
 */
import type { Browser, Page } from '@playwright/test';
import { percentile } from './measure';

/** One run's timings, in ms. */
export interface InputRun {
  /** A 10,000-character message: Enter → its reply in the DOM. */
  longMessage: number;
  /** 200 messages dispatched back to back (the synchronous part: each is shown and queued). */
  burst200: number;
  /** With 250 questions and replies on screen: Enter → the reply in the DOM (median of 5). */
  replyAt250: number;
  /** With 510 messages (255 questions, 255 replies): close and reopen until the panel is visible again (Playwright's clicks included). */
  reopenAt510: number;
}

/** Milliseconds from a synthetic Enter until one more reply (answer, suggestion or fallback) is in the DOM. */
const timeSend = (page: Page, text: string) =>
  page.locator('faq-chat').evaluate(async (host, t) => {
    // No helper functions in here: tsx would wrap them in a __name() the page does not have.
    const root = host.shadowRoot!;
    const replies = '[part~="message"]:not([part~="message-visitor"])';
    const box = root.querySelector('textarea')!;
    const before = root.querySelectorAll(replies).length;
    const start = performance.now();
    box.value = t;
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    while (root.querySelectorAll(replies).length == before) await new Promise((r) => setTimeout(r, 0));
    return performance.now() - start;
  }, text);

/** Sends `count` messages back to back; resolves with the time the dispatching took. */
const burst = (page: Page, count: number) =>
  page.locator('faq-chat').evaluate((host, n) => {
    const box = host.shadowRoot!.querySelector('textarea')!;
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      box.value = i % 2 ? 'pricing ' + i : 'hello?? ' + i;
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    }
    return performance.now() - start;
  }, count);

/** One run in a fresh tab of the demo page, with the typing pause off (reduced motion) so only the work is timed. */
export async function inputRun(browser: Browser, base: string): Promise<InputRun> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  try {
    await page.goto(base + '/', { waitUntil: 'load' });
    const widget = page.locator('faq-chat');
    await widget.locator('[part~="launcher"]').click();
    await widget.locator('textarea').waitFor();
    const longMessage = await timeSend(page, 'how much does it cost '.repeat(455).slice(0, 10_000));
    const burst200 = await burst(page, 200);
    await burst(page, 49);
    await page.waitForFunction(
      () =>
        document
          .querySelector('faq-chat')!
          .shadowRoot!.querySelectorAll('[part~="message"]:not([part~="message-visitor"])').length >= 250,
      undefined,
      { timeout: 60_000 },
    );
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(await timeSend(page, 'pricing'));
    const t0 = performance.now();
    await widget.locator('[part~="close"]').click();
    await widget.locator('[part~="launcher"]').click();
    await widget.locator('[part~="panel"]').waitFor({ state: 'visible' });
    const reopenAt510 = performance.now() - t0;
    return {
      longMessage,
      burst200,
      replyAt250: percentile(
        times.sort((a, b) => a - b),
        0.5,
      ),
      reopenAt510,
    };
  } finally {
    await context.close();
  }
}

/** The timings as a markdown table (medians over the runs). */
export function inputReport(runs: InputRun[]): string {
  const med = (k: keyof InputRun) =>
    `${Math.round(
      percentile(
        runs.map((r) => r[k]).sort((a, b) => a - b),
        0.5,
      ),
    )} ms`;
  return [
    `**Visitor input** (desktop, demo page, medians of ${runs.length} runs)`,
    '',
    '| 10,000-character message → reply | 200 messages sent at once | reply in a 250-question conversation | close + reopen with 510 messages |',
    '|---:|---:|---:|---:|',
    `| ${med('longMessage')} | ${med('burst200')} | ${med('replyAt250')} | ${med('reopenAt510')} |`,
  ].join('\n');
}
