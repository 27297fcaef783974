/**
 * The sentence encoder in the widget, measured in Chromium on the demo page (part of `npm run bench:page`; alone with
 * `--encoder`): time from the visitor's intent (the pointer reaching the launcher, then a click) to the worker's `ready`, encode + match time per
 * message inside the worker, the worker's memory (CDP Runtime.getHeapUsage of the worker target: JS heap plus
 * ArrayBuffer backing stores, where the weights and tensors live), and main-thread long tasks after the click.
 */
import type { Browser, BrowserContextOptions, CDPSession } from '@playwright/test';
import { percentile } from './measure';

/** Paraphrases and plain questions for the demo knowledge base; each is asked once per run. */
const MESSAGES = [
  'what does it cost',
  'can we run it on our own hardware',
  'will you sign a business associate agreement',
  'is my data used to train models',
  'how long does a deployment take',
  'do you support single sign-on',
  'can it work without internet',
  'what happens to our data after the contract ends',
  'are you compliant with medical privacy law',
  'which models can we use',
  'how do you handle security reviews',
  'is there a free trial',
  'can we cancel anytime',
  'do you offer support in europe',
  'how big is the team',
  'what hardware do we need',
  'can it read our pdfs',
  'do chats leave the building',
  'who owns the fine-tuned model',
  'thanks!',
];

/** Installed before page scripts: records the worker's replies with their main-thread arrival time. */
const WATCH_WORKER = `(() => {
  const b = (window.__encoder = { ready: null, matches: [] });
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(...a) {
      super(...a);
      this.addEventListener('message', (e) => {
        if (e.data.type === 'ready') b.ready = { at: performance.now(), ...e.data };
        else if (e.data.type === 'match') b.matches.push(e.data.ms);
        else b.failed = e.data.reason;
      });
      this.addEventListener('error', () => (b.failed = 'worker.js did not run (is dist/faq-chat-encoder built?)'));
    }
  };
})()`;

/** One run's figures. */
export interface EncoderRun {
  backend: string;
  /** Intent (the pointer reaching the launcher, clicked at once) → `ready` arrived on the main thread. */
  readyMs: number;
  /** Per message, inside the worker: message received → result posted (encode + match). */
  matchMs: number[];
  /** Worker JS heap + ArrayBuffer backing stores, in MB, after the messages (undefined when CDP could not tell). */
  memoryMb?: number;
  /** Main-thread long tasks (> 50 ms) from the click to the last reply. */
  longTasks: number[];
}

/** Heap figures of the page's dedicated worker through the browser-level CDP session (non-flat attach). */
async function workerMemory(browser: Browser): Promise<number | undefined> {
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string }[];
    };
    const worker = targetInfos.find((t) => t.type === 'worker');
    if (!worker) return undefined;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as {
      sessionId: string;
    };
    const reply = new Promise<{ usedSize: number; backingStorageSize?: number }>((resolve) =>
      cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
        const m = JSON.parse(e.message);
        if (m.id === 1) resolve(m.result);
      }),
    );
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }),
    });
    const r = await Promise.race([reply, new Promise<undefined>((res) => setTimeout(res, 5000))]);
    return r && (r.usedSize + (r.backingStorageSize ?? 0)) / 1e6;
  } catch {
    return undefined;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** One fresh tab: load, click the launcher, wait for the encoder, ask every message in turn. */
export async function encoderRun(
  browser: Browser,
  context: BrowserContextOptions,
  cpu: number,
  base: string,
  observers: string,
): Promise<EncoderRun> {
  const ctx = await browser.newContext(context);
  const page = await ctx.newPage();
  try {
    if (cpu > 1) await (await ctx.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.addInitScript(observers);
    await page.addInitScript(WATCH_WORKER);
    await page.goto(base + '/', { waitUntil: 'load' });
    await page.waitForResponse((r) => r.url().endsWith('/faq.json'), { timeout: 10_000 }).catch(() => {});
    // Intent is the pointer reaching the launcher; the click follows at once (a visitor's pause before clicking, which
    // the encoder now uses to download, is not counted in its favour).
    const launcher = page.locator('faq-chat').locator('[part=launcher]');
    await launcher.scrollIntoViewIfNeeded();
    const clickAt = (await page.evaluate('performance.now()')) as number;
    await launcher.hover();
    await launcher.click();
    await page.waitForFunction('window.__encoder.ready || window.__encoder.failed', null, { timeout: 120_000 });
    const ready = (await page.evaluate('window.__encoder')) as {
      ready: { at: number; backend: string } | null;
      failed?: string;
    };
    if (!ready.ready) throw new Error(`[faq-chat] The encoder did not load: ${ready.failed}`);
    for (const [i, text] of MESSAGES.entries()) {
      await page.evaluate((t) => (window as unknown as { FaqChat: { ask(t: string): void } }).FaqChat.ask(t), text);
      await page.waitForFunction(
        (n) => (window as unknown as { __encoder: { matches: unknown[] } }).__encoder.matches.length > n,
        i,
        { timeout: 30_000 },
      );
    }
    const matchMs = (await page.evaluate('window.__encoder.matches')) as number[];
    const longTasks = (await page.evaluate(
      `window.__bench.longtasks.filter((t) => t.start >= ${clickAt}).map((t) => t.duration)`,
    )) as number[];
    return {
      backend: ready.ready.backend,
      readyMs: ready.ready.at - clickAt,
      matchMs,
      memoryMb: await workerMemory(browser),
      longTasks,
    };
  } finally {
    await ctx.close();
  }
}

const ms = (x: number) => `${Math.round(x)} ms`;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

/** The markdown table for runs per profile. */
export function encoderReport(results: { profile: string; runs: EncoderRun[] }[]): string {
  const out = [
    `**Matching by meaning** (demo page; intent = the pointer reaching the launcher, clicked at once; ${MESSAGES.length} messages per run, each asked after the previous reply)`,
    '',
    '| Profile | Backend | Intent → encoder ready (median, max) | Encode + match per message in the worker (median / p95) | Worker memory | Main-thread long tasks after the click |',
    '|---|---|---|---|---|---|',
  ];
  for (const { profile, runs } of results) {
    const ready = sorted(runs.map((r) => r.readyMs));
    const match = sorted(runs.flatMap((r) => r.matchMs));
    const mem = runs.map((r) => r.memoryMb).filter((m): m is number => m !== undefined);
    const long = runs.flatMap((r) => r.longTasks);
    out.push(
      `| ${profile} | ${[...new Set(runs.map((r) => r.backend))].join(', ')} | ${ms(percentile(ready, 0.5))}, ${ms(ready.at(-1)!)} | ` +
        `${ms(percentile(match, 0.5))} / ${ms(percentile(match, 0.95))} | ${mem.length ? `${Math.max(...mem).toFixed(0)} MB` : 'not measurable'} | ` +
        `${long.length ? `${long.length}, longest ${ms(Math.max(...long))}` : 'none'} |`,
    );
  }
  return out.join('\n');
}
