/** faq-chat/engine: knowledge format, validation and matching. Pure TypeScript, no DOM. */
export type * from './types';
export { createMatcher } from './match';
