import { api } from './api';
import { appBeside } from './app-loader';
import { readConfig } from './config';
import { defineElement } from './element';

/**
 * Starts the one-script-tag form: registers `<faq-chat>`, installs `window.FaqChat`
 * (replaying commands queued before load) and adds the widget configured by the
 * script's data-attributes. A second copy of the script does nothing.
 * The widget itself (faq-chat-app.js) loads later, from the script's folder: see app-loader.ts.
 */
export function boot(script: HTMLScriptElement | null) {
  const queued = window.FaqChat;
  if (queued && !Array.isArray(queued)) return;
  defineElement(appBeside(script), script?.src);
  window.FaqChat = api;
  if (queued) api.push(...queued);
  const ready = (fn: () => void) => (document.body ? fn() : addEventListener('DOMContentLoaded', fn, { once: true }));
  if (!script?.hasAttribute('data-knowledge'))
    return ready(() => {
      if (!document.querySelector('faq-chat'))
        console.warn(
          '[faq-chat] Nothing to show: add data-knowledge="/faq.json" to the script tag, or <faq-chat knowledge="/faq.json"> to the page.',
        );
    });
  const el = document.createElement('faq-chat');
  el.config = readConfig((n) => script.getAttribute('data-' + n), 'data-', document.baseURI, script.src);
  // Outside <body>, so a transform or stacking context on it cannot move or cover the fixed-position widget.
  ready(() => document.documentElement.append(el));
}
