/** Entries too close to tell apart, as `faq-chat ask` sees them: an entry's own question or alternate that ask does not answer with it. */
import { contentWords } from '../build/compile';
import { stem } from '../engine/match/stem';
import type { KnowledgeBase } from '../engine/types';
import type { Matching } from './matching';

/** One of an entry's own phrasings that ask does not answer with it. */
export interface Confused {
  text: string;
  /** The entry it belongs to. */
  of: string;
  /** True when ask answers it with the other entry; false when it offers a "Did you mean" choice. */
  answered: boolean;
}

/** Two entries that ask confuses, with the phrasings it confused. */
export interface AskedPair {
  id: string;
  other: string;
  /** Content words both entries' questions, alternates and keywords share. */
  shared: string[];
  confused: Confused[];
}

/**
 * Runs every entry's question and alternates through the same matcher as `ask` (one batch). A phrasing that ask
 * answers with its own entry is fine, whatever the scores; one answered with another entry, or offered as a
 * "Did you mean" choice beside another, makes the pair. One report per unordered pair.
 */
export async function askPairs(kb: KnowledgeBase, matching: Matching): Promise<AskedPair[]> {
  const asked = kb.entries.flatMap((e) => [e.question, ...(e.alternates ?? [])].map((text) => ({ entry: e, text })));
  const runs = await matching.runAll(asked.map((a) => a.text));
  const byId = new Map(kb.entries.map((e) => [e.id, e]));
  const pairs = new Map<string, AskedPair>();
  asked.forEach(({ entry, text }, i) => {
    const { result } = runs[i];
    if (result.smallTalk || (result.status === 'answer' && result.id === entry.id)) return;
    const other =
      result.status === 'answer'
        ? result.id
        : result.status === 'suggest'
          ? result.suggestions.find((id) => id !== entry.id)
          : undefined;
    const otherEntry = other === undefined ? undefined : byId.get(other);
    if (!otherEntry) return;
    const key = [entry.id, otherEntry.id].sort().join('\n');
    const pair = pairs.get(key) ?? {
      id: entry.id,
      other: otherEntry.id,
      shared: shared(entry, otherEntry),
      confused: [],
    };
    pair.confused.push({ text, of: entry.id, answered: result.status === 'answer' });
    pairs.set(key, pair);
  });
  return [...pairs.values()];
}

/** Content words of `a`'s question, alternates and keywords that `b`'s share (by stem). */
function shared(a: KnowledgeBase['entries'][number], b: KnowledgeBase['entries'][number] | undefined): string[] {
  if (!b) return [];
  const theirs = new Set(contentWords(b).map(stem));
  return contentWords(a).filter((w) => theirs.has(stem(w)));
}
