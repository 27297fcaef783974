import { api } from './api';
import { appBeside } from './app-loader';
import { defineElement } from './element';
import { pageHasFaq } from './page-has-faq';

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
  const add = (knowledge: string | null) => {
    const el = document.createElement('faq-chat');
    const get = (n: string) => (n == 'knowledge' ? knowledge : script!.getAttribute('data-' + n));
    el.source = { get, prefix: 'data-', base: document.baseURI, script: script!.src };
    // Outside <body>, so a transform or stacking context on it cannot move or cover the fixed-position widget.
    ready(() => document.documentElement.append(el));
  };
  if (script?.hasAttribute('data-knowledge')) return add(script.getAttribute('data-knowledge'));
  // Without data-knowledge, the page's own FAQ (FAQPage data), once the whole page is parsed.
  const parsed = (fn: () => void) =>
    document.readyState == 'loading' ? addEventListener('DOMContentLoaded', fn, { once: true }) : fn();
  parsed(() => {
    if (document.querySelector('faq-chat')) return;
    if (script && pageHasFaq()) return add(location.href.split('#')[0]);
    console.warn(
      '[faq-chat] Nothing to show: this page has no FAQPage data; add data-knowledge="/faq/" (your FAQ page) or data-knowledge="/faq.json" to the script tag, or <faq-chat knowledge="/faq.json"> to the page.',
    );
  });
}
