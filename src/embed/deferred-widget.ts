import type { AppSource } from './app-loader';
import { runCommand, type Command, type Controls } from './commands';
import { readLauncherConfig, type LauncherConfig, type Options } from './config';
import { fire } from './events';
import { whenIdle } from './idle';
import { drawLauncher, showNotice } from './launcher';
import type { Prepared, WidgetApp } from './widget-app';

/** The plain launcher until the app is here: a click toggles, a sign of intent (`wake`) starts loading the app. */
function plainLauncher(host: HTMLElement, look: LauncherConfig, toggle: () => void, wake: () => void) {
  // On the element, like the mounted widget does, so the colour does not change when it replaces this launcher.
  if (look.accent) host.style.setProperty('--faq-chat-accent', look.accent);
  const launcher = drawLauncher(host.shadowRoot ?? host.attachShadow({ mode: 'open' }), look);
  launcher?.addEventListener('click', toggle);
  for (const intent of ['pointerenter', 'focus', 'touchstart'] as const)
    launcher?.addEventListener(intent, wake, { passive: true });
}

/**
 * Loads the app, then mounts it: faq-chat-app.js's evaluation was a task; mounting is another, so neither is long on
 * a slow phone. Between them a third prepares what mounting needs (WidgetApp.prepare). The plain launcher stays
 * usable meanwhile. `failed` runs when the app cannot load.
 */
function loadInTasks(
  app: AppSource,
  options: Options,
  look: LauncherConfig,
  mountNow: (app: WidgetApp, prepared: Prepared) => void,
  failed: () => void,
): Promise<void> {
  return app.load().then((widgetApp) => {
    setTimeout(() => {
      const prepared = widgetApp.prepare(options, look);
      setTimeout(() => mountNow(widgetApp, prepared));
    });
  }, failed);
}

/** Mounts the widget in place of the plain launcher and says it is ready. */
function mountInPlace(host: HTMLElement, app: WidgetApp, { config, read }: Prepared): Controls {
  const root = host.shadowRoot;
  const hadFocus = !!root?.activeElement;
  const widget = app.mount(host, config, read);
  // A keyboard visitor who was on the plain launcher stays on the real one.
  if (hadFocus) root?.querySelector<HTMLElement>('[part=launcher]')?.focus();
  // From here on FaqChat calls, isOpen and events are synchronous; before, calls wait for this moment.
  fire(host, { type: 'ready' });
  return widget;
}

/**
 * The widget of one connected `<faq-chat>`: mounted at once when `app` is already here, else a plain launcher until
 * the page is idle or the visitor reaches for it. Commands given meanwhile (`early` ones too) wait, in order, and run
 * once it is mounted. faq-chat.js reads only the launcher's `options`; the widget reads the rest when it mounts.
 */
export function deferredWidget(host: HTMLElement, app: AppSource, options: Options, early: Command[]) {
  const look = readLauncherConfig(options);
  let widget: Controls | undefined;
  let pending = early;
  let loading = false;
  let live = true;
  let cancelIdle = () => {};
  function start(widgetApp: WidgetApp, prepared: Prepared) {
    widget = mountInPlace(host, widgetApp, prepared);
    // What was asked meanwhile (opening renders the panel) runs in a task of its own, too.
    if (pending.length) setTimeout(runPending);
  }
  function runPending() {
    const w = widget;
    if (w) for (const c of pending.splice(0)) runCommand(w, c);
  }
  /** Loads the app (once at a time; again after a failure) and mounts it if this widget is still live. */
  function wake() {
    if (widget || loading) return;
    loading = true;
    const failed = () => {
      // Someone asked for the chat and it cannot come: tell the visitor, not only the console.
      if (pending.length && host.shadowRoot) showNotice(host.shadowRoot);
      pending = [];
    };
    const mountNow = (widgetApp: WidgetApp, prepared: Prepared) => live && !widget && start(widgetApp, prepared);
    loadInTasks(app, options, look, mountNow, failed).finally(() => {
      loading = false;
    });
  }
  /** Runs a command now, or once the widget is mounted (which this starts), after what was asked before. */
  function send(c: Command) {
    if (widget && !pending.length) return runCommand(widget, c);
    pending.push(c);
    wake();
  }
  const now = app.now();
  if (now) start(now, now.prepare(options, look));
  else {
    plainLauncher(host, look, () => send(['toggle']), wake);
    // A panel left open on an earlier page of this visit opens again once the app has mounted on idle: reading
    // sessionStorage here would cost every page view a few milliseconds before its load event.
    if (look.open || pending.length) wake();
    else cancelIdle = whenIdle(wake);
  }
  return {
    send,
    get isOpen() {
      return !!widget?.isOpen;
    },
    /** Unmounts the widget and forgets what was waiting for it. */
    destroy() {
      live = false;
      cancelIdle();
      widget?.destroy();
      pending = [];
    },
  };
}
