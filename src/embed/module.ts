/**
 * faq-chat for bundlers: `import { defineFaqChat } from 'faq-chat'; defineFaqChat();`
 * then use `<faq-chat knowledge="/faq.json" cta-url="…"></faq-chat>` in any framework.
 */
import { defineElement } from './element';
import { widgetApp } from './widget-app';

/**
 * Registers `<faq-chat>` (once; later calls return the same constructor). The widget is bundled with your code, so
 * each element mounts at once. `script` is the URL of a deployed faq-chat.js whose faq-chat-encoder/ folder
 * (beside it) should match by meaning; without it, answers come from word matching.
 */
export const defineFaqChat = (script?: string): CustomElementConstructor =>
  defineElement({ now: () => widgetApp, load: async () => widgetApp }, script);

export type { FaqChatElement } from './element';
export { mount, type Controls, type ReadAhead } from './mount';
export type { Config, ConfigSource } from './config';
export type { Command, FaqChatApi, Listener } from './api';
export type { FaqChatEventMap, FaqChatEvents } from './events';
export type { ChatEvent } from '../state/model';
export type * from '../engine/types';
