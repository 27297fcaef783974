/**
 * The writer of the precomputed index `faq-chat build` stores (format and reader: index-format.ts).
 * Not part of the widget (nothing the widget imports reaches this file).
 */
import { buildSynonyms } from '../engine/match/analyze';
import { ANALYZER_VERSION, fingerprint } from '../engine/knowledge/index-format';
import { indexEntries } from '../engine/match/knowledge-index';
import { STOP_WORDS } from '../engine/match/stopwords';
import type { CompiledIndex, KnowledgeBase } from '../engine/types';

/** The entries' index in its stored form, made from their text (any index already in `kb` is ignored). */
export function writeIndex(kb: KnowledgeBase): CompiledIndex {
  const syn = buildSynonyms(kb.synonyms);
  const { t, p, a, w } = indexEntries(kb, syn);
  // The reader adds the synonym groups' words itself and drops stop words anyway.
  return {
    v: ANALYZER_VERSION,
    h: fingerprint(kb),
    t,
    p,
    a,
    w: w.filter((word) => !syn.words.has(word) && !STOP_WORDS.has(word)),
  };
}
