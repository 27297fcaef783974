import { commands, register, unregister } from './api';
import { attributes, readConfig, type Config } from './config';
import { fire, type FaqChatEventMap } from './events';
import { mount, type Controls } from './mount';

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
 * Registers `<faq-chat>` once (a second call or a second copy of the script is a no-op)
 * and returns its constructor. The class is created here, not at import, so server-side imports do not fail.
 * `script` is the URL of faq-chat.js: the sentence encoder is loaded from faq-chat-encoder/ beside it.
 */
export function defineFaqChat(script?: string): CustomElementConstructor {
  const known = customElements.get('faq-chat');
  if (known) return known;
  class El extends HTMLElement {
    static observedAttributes = attributes;
    config?: Config;
    w?: Controls;

    connectedCallback() {
      if (this.w) return;
      this.w = mount(this, this.config ?? readConfig((n) => this.getAttribute(n), '', document.baseURI, script));
      register(this as unknown as FaqChatElement);
      fire(this, { type: 'ready' });
    }
    disconnectedCallback() {
      if (!this.w) return;
      unregister(this as unknown as FaqChatElement);
      this.w.destroy();
      this.w = undefined;
    }
    attributeChangedCallback() {
      if (this.w && !this.config) {
        this.disconnectedCallback();
        this.connectedCallback();
      }
    }
    get isOpen() {
      return !!this.w?.isOpen;
    }
  }
  // open, close, toggle and ask go to the mounted widget; destroy removes the element, which unmounts it.
  for (const k of commands)
    (El.prototype as unknown as Record<string, unknown>)[k] = function (this: El, text: string) {
      if (k == 'destroy') this.remove();
      else this.w?.[k](text);
    };
  customElements.define('faq-chat', El);
  return El;
}
