import { register, unregister } from './api';
import { attributes, readConfig, type Config } from './config';
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
}

/**
 * Registers `<faq-chat>` once (a second call or a second copy of the script is a no-op)
 * and returns its constructor. The class is created here, not at import, so server-side imports do not fail.
 */
export function defineFaqChat(): CustomElementConstructor {
  const known = customElements.get('faq-chat');
  if (known) return known;
  class El extends HTMLElement implements FaqChatElement {
    static observedAttributes = attributes;
    config?: Config;
    private w?: Controls;

    connectedCallback() {
      if (this.w) return;
      this.w = mount(this, this.config ?? readConfig((n) => this.getAttribute(n), '', document.baseURI));
      register(this);
    }
    disconnectedCallback() {
      if (!this.w) return;
      unregister(this);
      this.w.destroy();
      this.w = undefined;
    }
    attributeChangedCallback() {
      if (this.w && !this.config) {
        this.disconnectedCallback();
        this.connectedCallback();
      }
    }
    open() {
      this.w?.open();
    }
    close() {
      this.w?.close();
    }
    toggle() {
      this.w?.toggle();
    }
    ask(text: string) {
      this.w?.ask(text);
    }
    get isOpen() {
      return !!this.w?.isOpen;
    }
    destroy() {
      this.remove();
    }
  }
  customElements.define('faq-chat', El);
  return El;
}
