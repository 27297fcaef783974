import type { AppSource, Mount } from './app-loader';
import { runCommand, type Command, type Controls } from './commands';
import type { Config } from './config';
import { fire } from './events';
import { whenIdle } from './idle';
import { drawLauncher, showNotice } from './launcher';
import type { ReadAhead } from './mount';
import { readSession, sessionKey } from './storage';

/**
 * What mounting would otherwise wait for inside its own task (issue 15: it came to 42–83 ms at 4× CPU): the first
 * read of sessionStorage, where the browser loads the origin's session storage in a synchronous round trip to its
 * own process (5–50 ms, more on a busy machine), and the host page's styles, which reading the body's direction
 * computes.
 */
function readAhead(config: Config): ReadAhead {
  const body = document.body;
  return {
    saved: readSession(sessionKey(config.knowledge)),
    rtl: body ? getComputedStyle(body).direction == 'rtl' : undefined,
  };
}

/** The plain launcher until the app is here: a click toggles, a sign of intent (`wake`) starts loading the app. */
function plainLauncher(host: HTMLElement, config: Config, toggle: () => void, wake: () => void) {
  const launcher = drawLauncher(host.shadowRoot ?? host.attachShadow({ mode: 'open' }), config);
  launcher?.addEventListener('click', toggle);
  for (const intent of ['pointerenter', 'focus', 'touchstart'] as const)
    launcher?.addEventListener(intent, wake, { passive: true });
}

/**
 * Loads the app, then mounts it: faq-chat-app.js's evaluation was a task; mounting is another, so neither is long on
 * a slow phone. Between them a third reads ahead what mounting needs (readAhead). The plain launcher stays usable
 * meanwhile. `failed` runs when the app cannot load.
 */
function loadInTasks(
  app: AppSource,
  config: Config,
  mountNow: (mount: Mount, read: ReadAhead) => void,
  failed: () => void,
): Promise<void> {
  return app.load().then((mount) => {
    setTimeout(() => {
      const read = readAhead(config);
      setTimeout(() => mountNow(mount, read));
    });
  }, failed);
}

/** Mounts the widget in place of the plain launcher and says it is ready. */
function mountInPlace(host: HTMLElement, mount: Mount, config: Config, read?: ReadAhead): Controls {
  const root = host.shadowRoot;
  const hadFocus = !!root?.activeElement;
  const widget = mount(host, config, read);
  // A keyboard visitor who was on the plain launcher stays on the real one.
  if (hadFocus) root?.querySelector<HTMLElement>('[part=launcher]')?.focus();
  // From here on FaqChat calls, isOpen and events are synchronous; before, calls wait for this moment.
  fire(host, { type: 'ready' });
  return widget;
}

/**
 * The widget of one connected `<faq-chat>`: mounted at once when `app` is already here, else a plain launcher until
 * the page is idle or the visitor reaches for it. Commands given meanwhile (`early` ones too) wait, in order, and
 * run once it is mounted.
 */
export function deferredWidget(host: HTMLElement, app: AppSource, config: Config, early: Command[]) {
  let widget: Controls | undefined;
  let pending = early;
  let loading = false;
  let live = true;
  let cancelIdle = () => {};
  function start(mount: Mount, read?: ReadAhead) {
    widget = mountInPlace(host, mount, config, read);
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
    loadInTasks(app, config, (mount, read) => live && !widget && start(mount, read), failed).finally(() => {
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
  if (now) start(now);
  else {
    plainLauncher(host, config, () => send(['toggle']), wake);
    // A panel left open on an earlier page of this visit opens again once the app has mounted on idle: reading
    // sessionStorage here would cost every page view a few milliseconds before its load event.
    if (config.open || pending.length) wake();
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
