import { register, unregister } from './api';
import type { AppSource, Mount } from './app-loader';
import { attributes, readConfig, type Config } from './config';
import { fire, type FaqChatEventMap } from './events';
import { whenIdle } from './idle';
import { drawLauncher, showNotice } from './launcher';
import type { Controls } from './mount';

/** Loads the page's session storage and computes its styles ahead of mounting (see wake below); the values are not kept. */
function prepare() {
  try {
    void sessionStorage.length;
  } catch {
    // Blocked storage: the widget works without persistence.
  }
  if (document.body) void getComputedStyle(document.body).direction;
}

/** The `<faq-chat>` element: the widget with the same options as attributes. */
export interface FaqChatElement extends HTMLElement, Controls {
  /** Set before insertion to skip attribute parsing (the script-tag form does this). */
  config?: Config;
}

declare global {
  interface HTMLElementTagNameMap {
    'faq-chat': FaqChatElement;
  }
  // The events bubble out of the element, so listeners on any ancestor, the document or the window are typed too.
  interface HTMLElementEventMap extends FaqChatEventMap {}
  interface DocumentEventMap extends FaqChatEventMap {}
  interface WindowEventMap extends FaqChatEventMap {}
}

/**
 * Registers `<faq-chat>` once (a second call or a second copy of the script is a no-op) and returns its constructor.
 * The class is created here, not at import, so server-side imports do not fail. `app` provides the widget itself:
 * at once (the module build), or by loading faq-chat-app.js, in which case the element first draws a plain launcher
 * and mounts the widget when the page is idle or the visitor reaches for it, replaying commands given meanwhile.
 * `script` is the URL of faq-chat.js: the sentence encoder is loaded from faq-chat-encoder/ beside it.
 */
export function defineElement(app: AppSource, script?: string): CustomElementConstructor {
  const known = customElements.get('faq-chat');
  if (known) return known;
  class FaqChat extends HTMLElement implements FaqChatElement {
    static observedAttributes = attributes;
    config?: Config;
    /** The configuration in use; set while connected. */
    private using?: Config;
    /** The mounted widget, once the app is here. */
    private widget?: Controls;
    /** Commands given before the widget was mounted, run once it is. */
    private pending: ((w: Controls) => void)[] = [];
    private loading?: Promise<void>;
    private cancelIdle?: () => void;

    connectedCallback() {
      if (this.using) return;
      const config = (this.using =
        this.config ?? readConfig((n) => this.getAttribute(n), '', document.baseURI, script));
      register(this);
      const mount = app.now();
      if (mount) this.start(mount);
      else {
        const launcher = drawLauncher(this.shadowRoot ?? this.attachShadow({ mode: 'open' }), config);
        const wake = () => this.wake();
        launcher?.addEventListener('click', () => this.toggle());
        for (const intent of ['pointerenter', 'focus', 'touchstart'] as const)
          launcher?.addEventListener(intent, wake, { passive: true });
        // A panel left open on an earlier page of this visit opens again once the app has mounted on idle: reading
        // sessionStorage here would cost every page view a few milliseconds before its load event.
        if (config.open) this.wake();
        else this.cancelIdle = whenIdle(wake);
      }
    }
    disconnectedCallback() {
      if (!this.using) return;
      unregister(this);
      this.cancelIdle?.();
      this.widget?.destroy();
      this.widget = this.using = undefined;
      this.pending = [];
      this.shadowRoot?.replaceChildren();
    }
    attributeChangedCallback() {
      if (this.using && !this.config) {
        this.disconnectedCallback();
        this.connectedCallback();
      }
    }

    /** Loads the app (once at a time; again after a failure) and mounts it if this element is still on the page. */
    private wake() {
      if (this.widget || this.loading) return;
      this.loading = app.load().then(
        (mount) => {
          this.loading = undefined;
          // faq-chat-app.js's evaluation was a task; mounting is another, so neither is long on a slow phone. Between
          // them a third reads what mounting would otherwise wait for inside its own task (issue 15: it came to 42–83
          // ms at 4× CPU): the first read of sessionStorage, where the browser loads the origin's session storage in a
          // synchronous round trip to its own process (5–50 ms, more on a busy machine), and the host page's styles,
          // which reading the body's direction computes. The plain launcher stays usable meanwhile.
          setTimeout(() => {
            prepare();
            setTimeout(() => this.using && !this.widget && this.start(mount));
          });
        },
        () => {
          this.loading = undefined;
          // Someone asked for the chat and it cannot come: tell the visitor, not only the console.
          if (this.pending.length && this.shadowRoot) showNotice(this.shadowRoot);
          this.pending = [];
        },
      );
    }
    private start(mount: Mount) {
      const root = this.shadowRoot;
      const hadFocus = !!root?.activeElement;
      this.widget = mount(this, this.using!);
      // A keyboard visitor who was on the plain launcher stays on the real one.
      if (hadFocus) root!.querySelector<HTMLElement>('[part=launcher]')?.focus();
      // From here on FaqChat calls, isOpen and events are synchronous; before, calls wait for this moment.
      fire(this, { type: 'ready' });
      // What was asked meanwhile (opening renders the panel) runs in a task of its own, too.
      if (this.pending.length) setTimeout(() => this.runPending());
    }
    private runPending() {
      const widget = this.widget;
      if (widget) for (const run of this.pending.splice(0)) run(widget);
    }
    /** Runs `fn` on the widget now, or once it is mounted (which this starts), after what was asked before. */
    private whenMounted(fn: (w: Controls) => void) {
      if (this.widget && !this.pending.length) return fn(this.widget);
      this.pending.push(fn);
      this.wake();
    }

    open() {
      this.whenMounted((w) => w.open());
    }
    close() {
      this.whenMounted((w) => w.close());
    }
    toggle() {
      this.whenMounted((w) => w.toggle());
    }
    ask(text: string) {
      this.whenMounted((w) => w.ask(text));
    }
    /** Removes the element, which unmounts the widget. */
    destroy() {
      this.remove();
    }
    get isOpen() {
      return !!this.widget?.isOpen;
    }
  }
  customElements.define('faq-chat', FaqChat);
  return FaqChat;
}
