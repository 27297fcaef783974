import { lexiconGroups } from './lexicon';
import { words } from './normalize';
import { stem } from './stem';
import { finishSteps } from './steps';
import { STOP_WORDS } from './stopwords';

/** Word groups (built-in lexicon + a knowledge base's own synonyms), keyed by their stemmed form. */
export interface Synonyms {
  /** "stem stem" → the concept terms ("#<group id>") of the groups that phrase belongs to. */
  phrases: Map<string, string[]>;
  /** The longest phrase, in words. */
  maxWords: number;
  /** First stems of multi-word phrases: only these positions need a phrase lookup. */
  starts: Set<string>;
  /** Every word that appears in a group, unstemmed (typo correction may land on them). */
  words: Set<string>;
}

let builtIn: Synonyms | undefined;

/** Compile the built-in lexicon (once) plus site-specific groups (site groups get ids "s0", "s1", …). */
export function buildSynonyms(siteGroups: readonly (readonly string[])[] = []): Synonyms {
  return finishSteps(synonymSteps(siteGroups));
}

/**
 * buildSynonyms one lexicon group per step, so the widget can compile the lexicon in short tasks
 * (see knowledge-index.ts's buildIndexSteps); after the first time the lexicon is ready and there are no steps.
 */
export function* synonymSteps(siteGroups: readonly (readonly string[])[] = []): Generator<void, Synonyms> {
  if (!builtIn) {
    const lexicon: Synonyms = { phrases: new Map(), maxWords: 1, words: new Set(), starts: new Set() };
    for (const [i, group] of lexiconGroups().entries()) {
      addGroup(lexicon, group, String(i));
      yield;
    }
    builtIn = lexicon;
  }
  const syn: Synonyms = {
    phrases: new Map([...builtIn.phrases].map(([k, ids]) => [k, ids.slice()])),
    maxWords: builtIn.maxWords,
    words: new Set(builtIn.words),
    starts: new Set(builtIn.starts),
  };
  siteGroups.forEach((g, i) => addGroup(syn, g, 's' + i));
  return syn;
}

function addGroup(syn: Synonyms, group: readonly string[], id: string): void {
  const term = '#' + id;
  for (const member of group) {
    // Stemmed the same way messages are.
    const ws = words(member);
    const stems = ws.map(stem);
    if (!stems.length) continue;
    for (const w of ws) syn.words.add(w);
    const key = stems.join(' ');
    const ids = syn.phrases.get(key);
    if (!ids) syn.phrases.set(key, [term]);
    else if (!ids.includes(term)) ids.push(term);
    syn.maxWords = Math.max(syn.maxWords, stems.length);
    if (stems.length > 1) syn.starts.add(stems[0]);
  }
}

/** One meaningful unit of a message: a content word or a known phrase, with the terms that may match it. */
export interface Slot {
  /** The words as the visitor wrote them (after normalisation). */
  text: string;
  /** Literal stems of the content words in it (one for a single word). */
  stems: string[];
  /** Concept terms ("#12") of the groups this word or phrase belongs to. */
  concepts: string[];
  /** 1 for a word as written, lower when it was typo-corrected. */
  trust: number;
  /** The corrected word, when the visitor's word was a typo. */
  corrected?: string;
}

/**
 * Split text into slots. Multi-word phrases from the groups (longest first) become one slot;
 * every other non-stop word becomes its own slot with its stem and its groups' concepts.
 */
export function analyze(
  text: string | string[],
  syn: Synonyms,
  correct?: (word: string) => { word: string; trust: number } | undefined,
): Slot[] {
  const raw = typeof text == 'string' ? words(text) : text;
  const ws = raw.slice();
  const trust = raw.map(() => 1);
  if (correct) {
    raw.forEach((w, i) => {
      if (STOP_WORDS.has(w)) return;
      const c = correct(w);
      if (c) {
        ws[i] = c.word;
        trust[i] = c.trust;
      }
    });
  }
  const stems = ws.map(stem);
  const slots: Slot[] = [];
  for (let i = 0; i < ws.length; ) {
    let taken = 0;
    for (let n = syn.starts.has(stems[i]) ? Math.min(syn.maxWords, ws.length - i) : 0; n >= 2 && !taken; n--) {
      const ids = syn.phrases.get(stems.slice(i, i + n).join(' '));
      if (ids) {
        const inner = stems.slice(i, i + n).filter((_, k) => !STOP_WORDS.has(ws[i + k]));
        slots.push({
          text: raw.slice(i, i + n).join(' '),
          stems: inner,
          concepts: ids,
          trust: Math.min(...trust.slice(i, i + n)),
        });
        taken = n;
      }
    }
    if (taken) {
      i += taken;
      continue;
    }
    if (!STOP_WORDS.has(ws[i]) && ws[i].length > 1) {
      const slot: Slot = {
        text: raw[i],
        stems: [stems[i]],
        concepts: syn.phrases.get(stems[i]) ?? [],
        trust: trust[i],
      };
      if (ws[i] != raw[i]) slot.corrected = ws[i];
      slots.push(slot);
    }
    i++;
  }
  return slots;
}
