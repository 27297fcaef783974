import type { WidgetApp } from './widget-app';

/** The event faq-chat-app.js dispatches on its own script element, carrying the widget. */
export const APP_EVENT = 'faq-chat-app';
export type AppEvent = CustomEvent<WidgetApp>;

/** The file beside faq-chat.js that holds the widget itself. */
export const APP_FILE = 'faq-chat-app.js';

/**
 * Loads faq-chat-app.js from `src` with a classic script element (no CORS needed when faq-chat.js comes from a
 * CDN; allowed wherever the page's Content-Security-Policy allows faq-chat.js's folder; the nonce is passed on for
 * nonce-based policies). Rejects with a reason a site owner can act on.
 */
export function loadApp(src: string, nonce?: string): Promise<WidgetApp> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    if (nonce) script.nonce = nonce;
    // The file dispatches the event while it runs, so before `load`: a load without it is some other file.
    script.addEventListener(APP_EVENT, (e) => resolve((e as AppEvent).detail));
    script.onload = () => {
      script.remove();
      reject(
        Error(`${src} ran but did not provide the widget; it must be the ${APP_FILE} built with this faq-chat.js`),
      );
    };
    script.onerror = () => {
      script.remove();
      reject(Error(`${src} did not load (missing, or blocked by the page's Content-Security-Policy or an extension)`));
    };
    (document.head ?? document.documentElement).append(script);
  });
}

/** Where `<faq-chat>` gets the widget from. */
export interface AppSource {
  /** The widget, if it is already here. */
  now(): WidgetApp | undefined;
  /** Loads it: once, or again after a failure. */
  load(): Promise<WidgetApp>;
}

/**
 * The script-tag form's source: faq-chat-app.js from faq-chat.js's own folder. A failure is reported once in the
 * console; the next call (the visitor's next click) tries again.
 */
export function appBeside(script: HTMLScriptElement | null): AppSource {
  let loaded: WidgetApp | undefined;
  let loading: Promise<WidgetApp> | undefined;
  let told = false;
  const fetchApp = () =>
    script?.src
      ? loadApp(new URL(APP_FILE, script.src).href, script.nonce)
      : Promise.reject(
          Error(
            `faq-chat.js could not tell its own URL, so not where ${APP_FILE} is; load it with a plain <script src="…/faq-chat.js"> tag`,
          ),
        );
  return {
    now: () => loaded,
    load() {
      loading ??= fetchApp().then(
        (app) => (loaded = app),
        (e: Error) => {
          loading = undefined;
          if (!told)
            console.error(
              `[faq-chat] The chat could not load: ${e.message}. Put ${APP_FILE} from the same build next to faq-chat.js. The launcher stays; each click tries again.`,
            );
          told = true;
          throw e;
        },
      );
      return loading;
    },
  };
}
