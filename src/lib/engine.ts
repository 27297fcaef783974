/** faq-chat/engine: knowledge format, validation and matching. Pure TypeScript, no DOM. */
export type * from '../engine/types';
export { createMatcher } from '../engine/match/match';
export { validateKnowledge, formatProblems } from '../lint/validate';
export { parseMarkdown, safeHref, type Inline, type MdBlock } from '../engine/knowledge/markdown';
export { evaluate, type EvalCase, type EvalMiss, type EvalReport } from '../eval/evaluate';
export { parseCases } from '../eval/cases';
