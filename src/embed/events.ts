import type { ChatEvent } from '../state/model';

/** Event names (without the `faq-chat:` prefix) and the `detail` each carries. */
export type FaqChatEvents = { [E in ChatEvent as E['type']]: E };

/** The DOM event map: `el.addEventListener('faq-chat:answer', (e) => e.detail.id)` is typed. */
export type FaqChatEventMap = { [K in keyof FaqChatEvents as `faq-chat:${K}`]: CustomEvent<FaqChatEvents[K]> };

/** Dispatches a chat event on the element as a bubbling `faq-chat:<type>` CustomEvent that leaves shadow roots. */
export const fire = (el: EventTarget, e: ChatEvent) =>
  el.dispatchEvent(new CustomEvent('faq-chat:' + e.type, { detail: e, bubbles: true, composed: true }));
