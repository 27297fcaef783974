/**
 * What the widget costs the host page, measured in Chromium on the demo page with and without it: long tasks,
 * layout shift, script bytes, load time, main-thread time, and the time from a launcher click to a usable input;
 * then what visitors type (bench/input-page.ts: long messages, bursts, long conversations) on desktop, and the
 * sentence encoder (bench/encoder-page.ts) on desktop and on a phone with the CPU slowed 4×.
 * Needs `npm run build` first. Run with `node --import tsx bench/page.ts` (add `--json`, `--runs=3`, `--opens=10`,
 * `--encoder-runs=3`; `--encoder` measures only the encoder, `--no-encoder` leaves it out; `--baseline=DIR` measures
 * the encoder of another copy of the project too, alternating with this one).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContextOptions, type CDPSession, type Page } from '@playwright/test';
import { launchOptions, phone } from '../e2e/browsers';
import { encoderReport, encoderRun, type EncoderRun } from './encoder-page';
import { inputReport, inputRun, type InputRun } from './input-page';
import { percentile } from './measure';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]) || fallback;
const JSON_OUT = process.argv.includes('--json');
const RUNS = arg('runs', 3);
const OPENS = arg('opens', 10);
/** How long to watch after the load event: the widget's idle warm-up (knowledge fetch + index build) happens here. */
const IDLE_MS = arg('idle', 3000);
/** Issue 15's budget for the widget's main-thread script before the load event (with minus without), at 4× CPU. */
const SCRIPT_BEFORE_LOAD_MS = 20;
/** How long after the panel opened its tasks still count as "while opening". */
const AFTER_OPEN_MS = 300;
const LONG_TASK_MS = 50;
/** Network delay given to the knowledge file in cold opens. */
const KB_DELAY_MS = 300;
const OPEN_TARGET_MS = 100;
const SCRIPT_LINE = /^[ \t]*<script src="\/faq-chat\.js"[^>]*><\/script>[ \t]*\r?\n/m;

interface Profile {
  name: string;
  context: BrowserContextOptions;
  cpu: number;
}
const ALL_PROFILES: Profile[] = [
  { name: 'desktop 1280×800', context: { viewport: { width: 1280, height: 800 } }, cpu: 1 },
  { name: 'phone 390×844', context: phone, cpu: 1 },
  { name: 'phone 390×844, CPU 4× slower', context: phone, cpu: 4 },
];
const ENCODER_RUNS = arg('encoder-runs', 3);
const ENCODER_ONLY = process.argv.includes('--encoder');
/** `--baseline=DIR`: a copy of the project (scripts/serve.mjs, demo/, knowledge/, dist/) whose encoder is measured too, alternating. */
const BASELINE = process.argv.find((a) => a.startsWith('--baseline='))?.slice(11);
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const PROFILES = only ? ALL_PROFILES.filter((p) => p.name.includes(only)) : ALL_PROFILES;

/** Installed before any page script: observers for long tasks, long animation frames (with script attribution) and shifts. */
const OBSERVERS = `(() => {
  const b = (window.__bench = { longtasks: [], loafs: [], cls: 0, shifts: 0 });
  const watch = (type, fn, extra) => {
    try { new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true, ...extra }); } catch {}
  };
  watch('longtask', (e) => b.longtasks.push({ start: e.startTime, duration: e.duration }));
  watch('long-animation-frame', (e) => e.duration > ${LONG_TASK_MS} && b.loafs.push({ start: e.startTime, duration: e.duration,
    scripts: e.scripts.map((s) => ({ src: s.sourceURL, invoker: s.invoker, duration: s.duration })) }));
  watch('layout-shift', (e) => { if (!e.hadRecentInput) { b.cls += e.value; b.shifts++; } });
})()`;

/** Read in the page after the idle period: navigation, resources and what the observers saw. */
const COLLECT = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const res = performance.getEntriesByType('resource');
  const scripts = res.filter((r) => r.initiatorType === 'script');
  const kb = res.find((r) => /\\/faq\\.json$/.test(new URL(r.name).pathname));
  return { loadMs: nav.loadEventStart, scriptBytes: scripts.reduce((s, r) => s + r.transferSize, 0),
    warmed: !!kb && kb.responseEnd > 0,
    kbStartVsLoad: kb ? kb.startTime - nav.loadEventStart : null, kbEndVsLoad: kb ? kb.responseEnd - nav.loadEventStart : null,
    ...window.__bench };
})()`;

/** Arms the open measurement: click (capture phase on the host) → [part=input] present, visible and focused → next frame. */
const ARM_OPEN = `(() => {
  const host = document.querySelector('faq-chat'), sr = host.shadowRoot;
  const kb = () => performance.getEntriesByType('resource').some((r) => /\\/faq\\.json$/.test(r.name) && r.responseEnd > 0);
  window.__open = new Promise((resolve) => {
    let t0, ts, kbReady, done = false;
    const ready = () => { const i = sr.querySelector('[part=input]'); return !!i && sr.activeElement === i && i.getClientRects().length > 0; };
    const check = () => {
      if (done || t0 === undefined || !ready()) return;
      done = true; mo.disconnect();
      const focused = performance.now() - t0;
      requestAnimationFrame(() => setTimeout(() => resolve({ focused, painted: performance.now() - t0, sinceInput: performance.now() - ts, kbReady })));
    };
    const mo = new MutationObserver(check);
    mo.observe(sr, { subtree: true, childList: true, attributes: true });
    sr.addEventListener('focusin', () => queueMicrotask(check));
    host.addEventListener('click', (e) => { t0 = window.__clickAt = performance.now(); ts = e.timeStamp; kbReady = kb(); queueMicrotask(check);
      const poll = () => { check(); if (!done) requestAnimationFrame(poll); }; requestAnimationFrame(poll); }, { capture: true, once: true });
  });
})()`;

interface LoadRun {
  loadMs: number;
  scriptBytes: number;
  kbStartVsLoad: number | null;
  kbEndVsLoad: number | null;
  /** The idle warm-up fetched the knowledge file within the watched period (its indexing follows at once). */
  warmed: boolean;
  longtasks: { start: number; duration: number }[];
  loafs: { start: number; duration: number; scripts: { src: string; invoker: string; duration: number }[] }[];
  cls: number;
  shifts: number;
  /** CDP Performance.getMetrics deltas in ms, read as soon as the load event reached us, and after the idle period. */
  taskToLoad: number;
  scriptToLoad: number;
  /** From a Chromium trace of the load: main-thread script that ran before the load event, wall and thread (CPU) time. */
  traced: { wallToLoad: number; cpuToLoad: number };
  taskTotal: number;
  scriptTotal: number;
}
interface Open {
  focused: number;
  painted: number;
  sinceInput: number;
  kbReady: boolean;
  /** Cold opens only: the longest long task from the click until the knowledge is loaded and indexed. */
  longestAfter?: number;
  /** The longest long task from the click until AFTER_OPEN_MS after the panel was painted (0: none over 50 ms). */
  longestOpening: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().once('error', reject);
    s.listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function startServer(port: number, dir = root): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: dir,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('[faq-chat] The demo server did not start within 10 s.')), 10_000);
    child.stdout!.on('data', (d: Buffer) => {
      if (!d.toString().includes('http://localhost:')) return;
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => reject(new Error(`[faq-chat] The demo server exited (code ${code}).`)));
  });
  return child;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((m) => [m.name, m.value * 1000]));
}

/** A fresh tab (so no session storage or warm state carries over), CPU-throttled, serving the page with or without the widget. */
async function openTab(browser: Browser, profile: Profile, widget: boolean, base: string) {
  const context = await browser.newContext(profile.context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  await page.addInitScript(OBSERVERS);
  // Both variants go through the same interception so its overhead does not favour either.
  await page.route(base + '/', async (route) => {
    const res = await route.fetch();
    const html = await res.text();
    if (!SCRIPT_LINE.test(html))
      throw new Error(
        '[faq-chat] demo/index.html no longer has the <script src="/faq-chat.js"> line this benchmark strips.',
      );
    await route.fulfill({ response: res, body: widget ? html : html.replace(SCRIPT_LINE, '') });
  });
  return { page, cdp, close: () => context.close() };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}
/** Trace events that are script running on the main thread (nested ones are skipped below). */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'FunctionCall',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
  'v8.evaluateModule',
]);

/**
 * Main-thread script before the load event, from a trace: the outermost script events on the page's main thread
 * that started before its load (MarkLoad), and running the page's own scripts (their URL, or the first URL inside them, is
 * on `origin`: Playwright's injected helpers are left out). Wall time, and thread time.
 */
function scriptBeforeLoad(events: TraceEvent[], origin: string): { wallToLoad: number; cpuToLoad: number } {
  // The page's main thread is where its scripts are evaluated (the trace also holds the browser's own WebUI pages).
  const page = events.find((e) => e.name == 'EvaluateScript' && e.args?.data?.url?.startsWith(origin));
  const load = events
    .filter((e) => e.name == 'MarkLoad' && e.pid == page?.pid && e.tid == page?.tid)
    .sort((a, b) => a.ts - b.ts)
    .pop();
  if (!load) return { wallToLoad: NaN, cpuToLoad: NaN };
  const main = events
    .filter((e) => e.ph == 'X' && e.pid == load.pid && e.tid == load.tid && e.ts < load.ts)
    .sort((a, b) => a.ts - b.ts);
  const urlIn = (outer: TraceEvent) =>
    main.find((e) => e.ts >= outer.ts && e.ts < outer.ts + (outer.dur ?? 0) && e.args?.data?.url)?.args?.data?.url ??
    '';
  let wall = 0,
    cpu = 0,
    end = -Infinity;
  for (const e of main) {
    if (!SCRIPT_EVENTS.has(e.name) || e.ts < end) continue; // not script, or inside one already seen
    end = e.ts + (e.dur ?? 0);
    if (!urlIn(e).startsWith(origin)) continue;
    wall += e.dur ?? 0;
    cpu += e.tdur ?? e.dur ?? 0;
  }
  return { wallToLoad: wall / 1000, cpuToLoad: cpu / 1000 };
}

async function loadRun(
  browser: Browser,
  profile: Profile,
  widget: boolean,
  base: string,
): Promise<LoadRun & { open?: Open }> {
  const { page, cdp, close } = await openTab(browser, profile, widget, base);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  const m0 = await metrics(cdp);
  await page.goto(base + '/', { waitUntil: 'load' });
  const m1 = await metrics(cdp);
  await page.waitForTimeout(IDLE_MS);
  const m2 = await metrics(cdp);
  const traced = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await traced;
  const run = (await page.evaluate(COLLECT)) as LoadRun;
  Object.assign(run, {
    traced: scriptBeforeLoad(events, base),
    taskToLoad: m1.TaskDuration - m0.TaskDuration,
    scriptToLoad: m1.ScriptDuration - m0.ScriptDuration,
    taskTotal: m2.TaskDuration - m0.TaskDuration,
    scriptTotal: m2.ScriptDuration - m0.ScriptDuration,
  });
  const open = widget ? await measureOpen(page, profile) : undefined;
  await close();
  return { ...run, open };
}

async function measureOpen(page: Page, profile: Profile): Promise<Open> {
  await page.evaluate(ARM_OPEN);
  const launcher = page.locator('faq-chat').locator('[part=launcher]');
  await (profile.context.hasTouch ? launcher.tap() : launcher.click());
  const open = (await page.evaluate('window.__open')) as Open;
  await page.waitForTimeout(AFTER_OPEN_MS);
  open.longestOpening = (await page.evaluate(
    'Math.max(0, ...window.__bench.longtasks.filter((t) => t.start + t.duration >= window.__clickAt).map((t) => t.duration))',
  )) as number;
  return open;
}

/** One open as soon as the launcher appears (cold: knowledge not loaded yet) or after the warm-up finished (warm). */
async function openRun(browser: Browser, profile: Profile, base: string, warm: boolean): Promise<Open> {
  const { page, close } = await openTab(browser, profile, true, base);
  const kb = page.waitForResponse((r) => r.url().endsWith('/faq.json'), { timeout: 10_000 });
  if (warm) {
    await page.goto(base + '/', { waitUntil: 'load' });
    await kb;
    await page.evaluate('new Promise((r) => requestIdleCallback(() => setTimeout(r, 300)))');
  } else {
    // Cold: the visitor clicks as soon as the launcher is there, and the knowledge comes over a slow network,
    // so the panel opens before it arrives (on localhost it would be there before any click).
    await page.route('**/faq.json', async (route) => {
      await new Promise((r) => setTimeout(r, KB_DELAY_MS));
      await route.continue();
    });
    await page.goto(base + '/', { waitUntil: 'commit' });
    await page.locator('faq-chat').locator('[part=launcher]').waitFor();
  }
  const open = await measureOpen(page, profile);
  if (!warm) {
    // The knowledge arrives after a cold open; the work it triggers is what the visitor's first keystrokes wait for.
    await kb;
    await page.evaluate('new Promise((r) => requestIdleCallback(() => setTimeout(r, 50)))');
    open.longestAfter = (await page.evaluate(
      'Math.max(0, ...window.__bench.longtasks.filter((t) => t.start >= window.__clickAt).map((t) => t.duration))',
    )) as number;
  }
  await close();
  return open;
}

const med = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
const max = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '–');
const yes = (ok: boolean) => (ok ? 'met' : '**NOT met**');

interface ProfileResult {
  profile: string;
  cpu: number;
  with: LoadRun[];
  without: LoadRun[];
  cold: Open[];
  warm: Open[];
}

async function measureProfile(browser: Browser, profile: Profile, base: string): Promise<ProfileResult> {
  const withRuns: (LoadRun & { open?: Open })[] = [];
  const without: LoadRun[] = [];
  // Interleaved so a change in machine load hits both variants alike.
  for (let i = 0; i < RUNS; i++) {
    withRuns.push(await loadRun(browser, profile, true, base));
    without.push(await loadRun(browser, profile, false, base));
  }
  const cold: Open[] = [];
  const warm: Open[] = withRuns.map((r) => r.open!);
  for (let i = 0; i < OPENS; i++) cold.push(await openRun(browser, profile, base, false));
  while (warm.length < OPENS) warm.push(await openRun(browser, profile, base, true));
  return { profile: profile.name, cpu: profile.cpu, with: withRuns.map(({ open: _, ...r }) => r), without, cold, warm };
}

function longTaskCell(runs: LoadRun[]): string {
  const all = runs.flatMap((r) => r.longtasks.map((t) => ({ ...t, early: t.start < r.loadMs })));
  if (!all.length) return `none in ${runs.length} runs`;
  const early = all.filter((t) => t.early).length;
  return `${all.length} in ${runs.length} runs (${early} before load, ${all.length - early} after), longest ${ms(max(all.map((t) => t.duration)))}`;
}

/** Our scripts: faq-chat.js and what it loads beside it (faq-chat-*.js), not the encoder's worker. */
const OURS = /\/faq-chat(-[\w-]+)?\.js$/;
/** Long frames whose scripts include our bundle: the ones the widget is to blame for. */
const oursInFrames = (runs: LoadRun[]) =>
  runs.flatMap((r) => r.loafs).filter((f) => f.scripts.some((s) => OURS.test(s.src)));

/** Medians of the paired differences with minus without, per load (runs are interleaved, so pairs share conditions). */
const pairedMedian = (w: LoadRun[], wo: LoadRun[], f: (r: LoadRun) => number) => med(w.map((r, i) => f(r) - f(wo[i])));

/**
 * Issue 15's four targets, per profile: script before load (with minus without), the longest task from navigation to
 * IDLE_MS after load (warm-up included), the longest task while opening, and click → focused text box.
 */
function issue15(results: ProfileResult[]): string {
  const out = ['**Issue 15 targets** (medians; judged on the phone at 4×; the others must not get worse)', ''];
  out.push(
    `| Profile | Script before load, with − without (≤ ${SCRIPT_BEFORE_LOAD_MS} ms) | … from the trace: wall / CPU | Longest task, navigation → load + ${IDLE_MS / 1000} s (median / max of loads; ≤ 50) | Warm-up done in that window | Longest task while opening (cold / warm, max; ≤ 50) | Click → focused text box (cold / warm; ≤ ${OPEN_TARGET_MS} ms) |`,
  );
  out.push('|---|---|---|---|---|---|---|');
  for (const r of results) {
    const longest = r.with.map((x) => max(x.longtasks.map((t) => t.duration)));
    const opening = (o: Open[]) => ms(max(o.map((x) => x.longestOpening ?? 0)));
    out.push(
      `| ${r.profile} | ${ms(pairedMedian(r.with, r.without, (x) => x.scriptToLoad))} (${ms(med(r.with.map((x) => x.scriptToLoad)))} − ${ms(med(r.without.map((x) => x.scriptToLoad)))}) | ` +
        `${ms(pairedMedian(r.with, r.without, (x) => x.traced.wallToLoad))} / ${ms(pairedMedian(r.with, r.without, (x) => x.traced.cpuToLoad))} | ` +
        `${ms(med(longest))} / ${ms(max(longest))} | ${r.with.filter((x) => x.warmed).length}/${r.with.length} | ${opening(r.cold)} / ${opening(r.warm)} | ` +
        `${ms(med(r.cold.map((x) => x.focused)))} / ${ms(med(r.warm.map((x) => x.focused)))} |`,
    );
  }
  return out.join('\n');
}

function report(results: ProfileResult[], bundle: Buffer): string {
  const out: string[] = [];
  out.push(
    '**What the host page pays before interaction** (demo page; medians of ' +
      `${RUNS} loads per variant; idle period ${IDLE_MS} ms after load)`,
    '',
  );
  out.push(
    '| Profile | Script transferred | Load event (with / without) | Main thread to load (with / without) | Main thread incl. idle (with / without) | of it script (with / without) | Long tasks > 50 ms with widget | … without widget | CLS with / without | Knowledge fetch |',
  );
  out.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const w = r.with,
      wo = r.without;
    const kb = w.map((x) => x.kbStartVsLoad);
    const kbCell = kb.some((x) => x === null)
      ? 'not requested in some runs'
      : kb.some((x) => x! < 0)
        ? '**before load**'
        : `+${ms(med(kb as number[]))} after load`;
    out.push(
      `| ${r.profile} | ${(med(w.map((x) => x.scriptBytes)) / 1024).toFixed(1)} KB | ${ms(med(w.map((x) => x.loadMs)))} / ${ms(med(wo.map((x) => x.loadMs)))} | ` +
        `${ms(med(w.map((x) => x.taskToLoad)))} / ${ms(med(wo.map((x) => x.taskToLoad)))} | ${ms(med(w.map((x) => x.taskTotal)))} / ${ms(med(wo.map((x) => x.taskTotal)))} | ` +
        `${ms(med(w.map((x) => x.scriptTotal)))} / ${ms(med(wo.map((x) => x.scriptTotal)))} | ${longTaskCell(w)} | ${longTaskCell(wo)} | ` +
        `${max(w.map((x) => x.cls)).toFixed(3)} / ${max(wo.map((x) => x.cls)).toFixed(3)} | ${kbCell} |`,
    );
  }
  out.push(
    '',
    `**Opening the panel** (launcher click → input focused; → next frame painted; medians of ${OPENS} opens, each in a fresh tab; ` +
      `cold = click as soon as the launcher appears, knowledge delayed ${KB_DELAY_MS} ms; warm = after the idle warm-up)`,
    '',
  );
  out.push(
    '| Profile | Cold: focused | Cold: painted (max) | Cold: input event → painted | Cold: longest task until indexed | Warm: focused | Warm: painted (max) | Warm: input event → painted |',
  );
  out.push('|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const cell = (o: Open[]) => `${ms(med(o.map((x) => x.painted)))} (${ms(max(o.map((x) => x.painted)))})`;
    const after = r.cold.map((x) => x.longestAfter ?? 0);
    out.push(
      `| ${r.profile} | ${ms(med(r.cold.map((x) => x.focused)))} | ${cell(r.cold)} | ${ms(med(r.cold.map((x) => x.sinceInput)))} | ` +
        `${max(after) ? `${after.filter((x) => x > 0).length}/${after.length} opens, longest ${ms(max(after))}` : 'none'} | ` +
        `${ms(med(r.warm.map((x) => x.focused)))} | ${cell(r.warm)} | ${ms(med(r.warm.map((x) => x.sinceInput)))} |`,
    );
  }
  const loaded = results.flatMap((r) => r.cold).filter((x) => x.kbReady).length;
  if (loaded) out.push('', `(${loaded} cold opens found the knowledge already loaded.)`);
  const withAll = results.flatMap((r) => r.with);
  const longest = max(withAll.flatMap((r) => r.longtasks.map((t) => t.duration)));
  const ours = oursInFrames(withAll);
  const cls = max(withAll.map((r) => r.cls));
  const early = withAll.filter((r) => r.kbStartVsLoad !== null && r.kbStartVsLoad < 0).length;
  const opens = results.flatMap((r) => [r.cold, r.warm]);
  const openWorst = max(opens.map((o) => med(o.map((x) => x.painted))));
  const inputWorst = max(opens.map((o) => med(o.map((x) => x.sinceInput))));
  const blame = new Map<string, number>();
  for (const f of ours) {
    const s = f.scripts.reduce((a, b) => (b.duration > a.duration ? b : a));
    const what = OURS.test(s.invoker)
      ? 'bundle evaluation'
      : /^Response\.(text|json)/.test(s.invoker)
        ? `knowledge check + index build (${s.invoker})`
        : s.invoker;
    blame.set(what, Math.max(blame.get(what) ?? 0, f.duration));
  }
  out.push('', '| Target (issue 5) | Measured (all profiles, with the widget) | |', '|---|---|---|');
  out.push(
    `| No long task over 50 ms | longest ${longest ? ms(longest) : 'none'}; long animation frames (task + rendering) running faq-chat.js: ${ours.length}` +
      (ours.length ? ` (${[...blame].map(([k, v]) => `${k} up to ${ms(v)}`).join('; ')})` : '') +
      ` | ${yes(longest <= LONG_TASK_MS)} |`,
  );
  out.push(`| Zero layout shift (CLS 0) | CLS ${cls.toFixed(3)} | ${yes(cls === 0)} |`);
  out.push(
    `| No knowledge fetch before the load event | ${early} of ${withAll.length} loads fetched it early | ${yes(early === 0)} |`,
  );
  out.push(
    `| Open to a usable input ≤ ${OPEN_TARGET_MS} ms | worst median: click → painted ${ms(openWorst)}, input event → painted ${ms(inputWorst)} | ${yes(inputWorst <= OPEN_TARGET_MS)} |`,
  );
  out.push('', issue15(results));
  const [l1, l5] = loadavg();
  out.push(
    '',
    `Bundle: ${(bundle.length / 1024).toFixed(1)} KB raw, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(1)} KB gzip ` +
      `(the demo server sends it uncompressed, hence "Script transferred"). Load average ${l1.toFixed(2)} / ${l5.toFixed(2)} (1 / 5 min).`,
  );
  return out.join('\n');
}

async function main() {
  const bundlePath = root + 'dist/faq-chat.js';
  if (!existsSync(bundlePath)) throw new Error('[faq-chat] dist/faq-chat.js is missing: run `npm run build` first.');
  const browser = await chromium.launch(launchOptions);
  const port = await freePort();
  const server = await startServer(port);
  const base = `http://localhost:${port}`;
  const basePort = BASELINE ? await freePort() : 0;
  const baseServer = BASELINE ? await startServer(basePort, BASELINE) : undefined;
  const started = performance.now();
  try {
    const results: ProfileResult[] = [];
    for (const p of ENCODER_ONLY ? [] : PROFILES) {
      results.push(await measureProfile(browser, p, base));
      if (!JSON_OUT)
        console.error(`[faq-chat] ${p.name} measured (${Math.round((performance.now() - started) / 1000)} s)`);
    }
    const input: InputRun[] = [];
    for (let i = 0; i < (ENCODER_ONLY ? 0 : RUNS); i++) input.push(await inputRun(browser, base));
    if (input.length && !JSON_OUT)
      console.error(`[faq-chat] visitor input measured (${Math.round((performance.now() - started) / 1000)} s)`);
    // The encoder on the fastest and the slowest profile: the phone at full speed adds nothing in between.
    const encoder: { profile: string; runs: EncoderRun[] }[] = [];
    for (const p of ENCODER_ONLY || !process.argv.includes('--no-encoder')
      ? PROFILES.filter((p) => p.cpu > 1 || !p.context.isMobile)
      : []) {
      const runs: EncoderRun[] = [];
      const old: EncoderRun[] = [];
      for (let i = 0; i < ENCODER_RUNS; i++) {
        if (BASELINE) old.push(await encoderRun(browser, p.context, p.cpu, `http://localhost:${basePort}`, OBSERVERS));
        runs.push(await encoderRun(browser, p.context, p.cpu, base, OBSERVERS));
      }
      if (BASELINE) encoder.push({ profile: `${p.name}, baseline`, runs: old });
      encoder.push({ profile: p.name, runs });
      if (!JSON_OUT)
        console.error(
          `[faq-chat] encoder on ${p.name} measured (${Math.round((performance.now() - started) / 1000)} s)`,
        );
    }
    const bundle = readFileSync(bundlePath);
    const tail = ` Chromium ${browser.version()}; ${Math.round((performance.now() - started) / 1000)} s.`;
    if (JSON_OUT)
      console.log(
        JSON.stringify(
          {
            runs: RUNS,
            opens: OPENS,
            idleMs: IDLE_MS,
            bundleBytes: bundle.length,
            gzipBytes: gzipSync(bundle, { level: 9 }).length,
            loadavg: loadavg(),
            browser: browser.version(),
            results,
            input,
            encoder,
          },
          null,
          2,
        ),
      );
    else
      console.log(
        [
          ...(results.length ? [report(results, bundle), inputReport(input)] : []),
          ...(encoder.length ? [encoderReport(encoder)] : []),
        ].join('\n\n') + tail,
      );
  } finally {
    await browser.close();
    server.kill();
    baseServer?.kill();
  }
}

main().catch((e: Error) => {
  console.error(e.message.startsWith('[faq-chat]') ? e.message : `[faq-chat] The page benchmark failed: ${e.message}`);
  process.exit(1);
});
