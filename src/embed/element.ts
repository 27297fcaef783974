import { register, unregister } from './api';
import type { AppSource } from './app-loader';
import { COMMAND_NAMES, type Command, type Controls } from './commands';
import { attributes, optionReader, type ConfigSource } from './config';
import { deferredWidget } from './deferred-widget';
import type { FaqChatEventMap } from './events';

/** The `<faq-chat>` element: the widget with the same options as attributes. */
export interface FaqChatElement extends HTMLElement, Controls {
  /** Set before insertion to read the options from elsewhere than the element's attributes (the script-tag form does this). */
  source?: ConfigSource;
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
  class FaqChat extends HTMLElement {
    static observedAttributes = attributes;
    source?: ConfigSource;
    /** The widget while connected. */
    private widget?: ReturnType<typeof deferredWidget>;
    /** Commands given before the element was connected. */
    private early: Command[] = [];

    connectedCallback() {
      if (this.widget) return;
      const source = this.source ?? { get: (n) => this.getAttribute(n), prefix: '', base: document.baseURI, script };
      register(this as unknown as Controls);
      this.widget = deferredWidget(this, app, optionReader(source), this.early.splice(0));
    }
    disconnectedCallback() {
      if (!this.widget) return;
      unregister(this as unknown as Controls);
      this.widget.destroy();
      this.widget = undefined;
      this.shadowRoot?.replaceChildren();
    }
    attributeChangedCallback() {
      if (this.widget && !this.source) {
        this.disconnectedCallback();
        this.connectedCallback();
      }
    }
    /** The element's command dispatcher: `destroy` removes the element (which unmounts the widget). */
    command(c: Command) {
      if (c[0] == 'destroy') this.remove();
      else if (this.widget) this.widget.send(c);
      else this.early.push(c);
    }
    get isOpen() {
      return !!this.widget?.isOpen;
    }
  }
  // Each command is also a method of the element: open(), close(), toggle(), ask(text), destroy().
  for (const name of COMMAND_NAMES)
    Object.defineProperty(FaqChat.prototype, name, {
      value(this: FaqChat, ...args: unknown[]) {
        this.command([name, ...args] as Command);
      },
      configurable: true,
      writable: true,
    });
  customElements.define('faq-chat', FaqChat);
  return FaqChat;
}
