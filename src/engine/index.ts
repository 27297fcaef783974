/** faq-chat/engine: knowledge format, validation and matching. Pure TypeScript, no DOM. */
export type * from './types';
export { createMatcher } from './match';
export { validateKnowledge, formatProblems } from './validate';
export { parseMarkdown, safeHref, type Inline, type MdBlock } from './markdown';
export { evaluate, type EvalCase, type EvalMiss, type EvalReport } from './evaluate';
export { parseCases } from './cases';
