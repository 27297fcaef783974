/**
 * faq-chat for bundlers: `import { defineFaqChat } from 'faq-chat'; defineFaqChat();`
 * then use `<faq-chat knowledge="/faq.json" cta-url="…"></faq-chat>` in any framework.
 */
export { defineFaqChat, type FaqChatElement } from './element';
export { mount, type Controls } from './mount';
export type { Config } from './config';
export type { Command, FaqChatApi, Listener } from './api';
export type { FaqChatEventMap, FaqChatEvents } from './events';
export type { ChatEvent } from '../state/model';
export type * from '../engine/types';
