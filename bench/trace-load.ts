/**
 * A profiling aid for issue 15: traces loads of the demo page on the phone profile at 4× CPU and prints each
 * main-thread task over 40 ms from shortly before the load event until 3 s after it, with the longer trace events
 * inside it (a FunctionCall names the script its callback came from). Against a running server:
 * `PORT=5391 node scripts/serve.mjs & node --import tsx bench/trace-load.ts 5391 [loads]`.
 */
import { chromium } from '@playwright/test';
import { launchOptions, phone } from '../e2e/browsers';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; lineNumber?: number; functionName?: string } };
}

const base = `http://localhost:${process.argv[2] ?? 5173}`;
const loads = Number(process.argv[3] ?? 3);
const browser = await chromium.launch(launchOptions);
const longest: number[] = [];
for (let r = 0; r < loads; r++) {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8.execute,toplevel,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await page.goto(base + '/', { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const done = new Promise((res) => cdp.once('Tracing.tracingComplete', res));
  await cdp.send('Tracing.end');
  await done;
  const ev = events.find((e) => e.name == 'EvaluateScript' && e.args?.data?.url?.startsWith(base));
  const main = events.filter((e) => e.ph == 'X' && e.pid == ev?.pid && e.tid == ev?.tid).sort((a, b) => a.ts - b.ts);
  const load = main.find((e) => e.name == 'MarkLoad')?.ts ?? main[0].ts;
  console.log(`--- load ${r + 1} (times from the load event)`);
  for (const t of main.filter((e) => e.name == 'RunTask' && e.dur! > 40_000 && e.ts > load - 200_000)) {
    console.log(`task @${((t.ts - load) / 1000).toFixed(0)} ms: ${(t.dur! / 1000).toFixed(1)} ms`);
    const inner = main.filter(
      (e) =>
        e !== t &&
        e.ts >= t.ts &&
        e.ts + e.dur! <= t.ts + t.dur! &&
        e.dur! > 1500 &&
        !/UpdateTime|LocalFrameView|^Layout$|Document::|AsyncTask|TimerBase/.test(e.name),
    );
    for (const e of inner) {
      const d = e.args?.data;
      console.log(
        `   +${((e.ts - t.ts) / 1000).toFixed(1)} ${(e.dur! / 1000).toFixed(1)} ms ${e.name} ${d?.url ?? ''}${d?.functionName ? ' ' + d.functionName : ''}`,
      );
    }
  }
  // The longest task that ran our scripts (faq-chat.js, faq-chat-app.js) after the load event.
  const ours = main.filter(
    (t) =>
      t.name == 'RunTask' &&
      t.ts > load &&
      main.some(
        (e) =>
          e.name == 'FunctionCall' &&
          e.ts >= t.ts &&
          e.ts < t.ts + t.dur! &&
          /\/faq-chat(-app)?\.js/.test(e.args?.data?.url ?? ''),
      ),
  );
  longest.push(Math.max(0, ...ours.map((t) => t.dur! / 1000)));
  await context.close();
}
await browser.close();
console.log(
  `longest task running faq-chat's scripts after load, per load: ${longest.map((x) => x.toFixed(0)).join(', ')} ms`,
);
