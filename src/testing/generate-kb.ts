/** Deterministic generators of large FAQ-like knowledge bases and visitor messages for benchmarks. */
import type { Entry, KnowledgeBase } from '../engine/types';
import { ADJECTIVES, CONTEXTS, FILLER, NOUNS, PEOPLE, SPECIFICS, TOPICS, UNITS, VERBS } from './vocab';

/** A seeded pseudo-random source (mulberry32): the same seed always gives the same sequence. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** One element of a non-empty list. */
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** The words one entry is about; every phrasing and its answer draw on the same slots. */
interface Slots {
  noun: string;
  spec: string;
  verb: string;
  adj: string;
  topic: string;
  person: string;
  context: string;
}

const plural = (w: string) =>
  /(s|x|ch|sh)$/.test(w) ? w + 'es' : /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w + 's';
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

const QUESTIONS: ((s: Slots) => string)[] = [
  (s) => `How do I ${s.verb} my ${s.adj} ${s.noun} ${s.context}?`,
  (s) => `Can I ${s.verb} a ${s.spec} ${s.noun} ${s.context}?`,
  (s) => `What is your ${s.topic} policy for ${s.adj} ${plural(s.noun)}?`,
  (s) => `Do you offer ${s.topic} on ${s.spec} ${plural(s.noun)}?`,
  (s) => `Is ${s.topic} available for ${plural(s.person)} who ${s.verb} a ${s.noun}?`,
  (s) => `Why can't I ${s.verb} the ${s.spec} ${s.noun} ${s.context}?`,
  (s) => `How long does ${s.topic} take for a ${s.adj} ${s.spec} ${s.noun}?`,
  (s) => `Who do I contact to ${s.verb} a ${s.spec} ${s.noun}?`,
  (s) => `What happens if my ${s.noun} is ${s.adj} and I want to ${s.verb} it?`,
  (s) => `How much does it cost to ${s.verb} a ${s.spec} ${s.noun} ${s.context}?`,
];

const ALTERNATES: ((s: Slots) => string)[] = [
  (s) => `${s.verb} ${s.spec} ${s.noun} ${s.context}`,
  (s) => `${s.spec} ${s.noun} ${s.topic}`,
  (s) => `is it possible to ${s.verb} my ${s.noun} ${s.context}`,
  (s) => `${s.topic} for a ${s.adj} ${s.noun}`,
  (s) => `I need to ${s.verb} a ${s.noun} for my ${s.person}`,
  (s) => `help with ${s.topic} of my ${s.spec} ${s.noun}`,
  (s) => `can a ${s.person} ${s.verb} the ${s.adj} ${s.noun}`,
  (s) => `${s.noun} ${s.topic} ${s.context}`,
];

const SENTENCES: ((s: Slots, r: Rng) => string)[] = [
  (s) => `You can ${s.verb} your ${s.noun} ${s.context} from the ${r0(s)} page of your account.`,
  (s, r) =>
    `Most ${plural(s.spec)} ${plural(s.noun)} take ${r.int(2, 14)} ${r.pick(UNITS)} to process once we have your ${r.pick(NOUNS)}.`,
  (s, r) => `Our ${s.topic} team checks every ${r.pick(ADJECTIVES)} ${s.noun} by hand before we confirm anything.`,
  (s, r) =>
    `If the ${s.noun} is ${r.pick(ADJECTIVES)}, please ${r.pick(VERBS)} the ${r.pick(NOUNS)} first and keep your ${r.pick(NOUNS)}.`,
  (s, r) =>
    `${cap(plural(s.person))} who ${r.pick(VERBS)} a ${r.pick(SPECIFICS)} ${r.pick(NOUNS)} get priority ${r.pick(TOPICS)}.`,
  (s, r) =>
    `There is no extra fee for ${s.topic}, although ${r.pick(ADJECTIVES)} ${plural(r.pick(NOUNS))} may cost more.`,
  (_, r) =>
    `For ${r.pick(TOPICS)} questions, write to us and a ${r.pick(PEOPLE)} will reply within ${r.int(1, 3)} ${r.pick(UNITS)}.`,
  (s, r) =>
    `We cannot ${s.verb} ${plural(s.noun)} that were bought ${r.pick(CONTEXTS)}, but a ${r.pick(TOPICS)} is often possible.`,
  (_, r) =>
    `See our ${r.pick(TOPICS)} guide for the full list of ${r.pick(ADJECTIVES)} ${plural(r.pick(NOUNS))} and ${plural(r.pick(SPECIFICS))}.`,
  (s, r) => `Remember to ${r.pick(VERBS)} the ${s.spec} ${s.noun} before you ${r.pick(VERBS)} it ${r.pick(CONTEXTS)}.`,
];

// A second noun, so answers name a page without repeating the entry's own noun.
const r0 = (s: Slots) => NOUNS[(s.noun.length * 7 + s.verb.length) % NOUNS.length];

function slots(r: Rng): Slots {
  return {
    noun: r.pick(NOUNS),
    spec: r.pick(SPECIFICS),
    verb: r.pick(VERBS),
    adj: r.pick(ADJECTIVES),
    topic: r.pick(TOPICS),
    person: r.pick(PEOPLE),
    context: r.pick(CONTEXTS),
  };
}

function answer(s: Slots, r: Rng): string {
  const target = r.int(40, 80);
  const parts: string[] = [];
  let count = 0;
  while (count < target) {
    const sentence = r.pick(SENTENCES)(s, r);
    const n = sentence.split(' ').length;
    if (count + n > 80 && count >= 40) break;
    parts.push(sentence);
    count += n;
  }
  return parts.join(' ');
}

/** A knowledge base of `n` distinct entries, each with 2–3 alternates and a 40–80 word answer. Same (n, seed), same output. */
export function generateKnowledgeBase(n: number, seed = 1): KnowledgeBase {
  const r = new Rng(seed);
  const seen = new Set<string>();
  const entries: Entry[] = [];
  while (entries.length < n) {
    const s = slots(r);
    const question = r.pick(QUESTIONS)(s);
    if (seen.has(question)) continue;
    seen.add(question);
    const alts = new Set<string>();
    const want = r.int(2, 3);
    while (alts.size < want) alts.add(r.pick(ALTERNATES)(s));
    entries.push({ id: `e${entries.length}`, question, alternates: [...alts], answer: answer(s, r) });
  }
  return { title: `Generated FAQ (${n} entries)`, entries };
}

/** Swap, drop, double or replace one letter inside a word (never the first letter, as real typos rarely do). */
export function typo(word: string, r: Rng): string {
  if (word.length < 4) return word;
  const i = r.int(1, word.length - 2);
  switch (r.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default:
      return word.slice(0, i) + 'etaoinsrhl'[r.int(0, 9)] + word.slice(i + 1);
  }
}

const OPENERS = ['', '', '', 'hi, ', 'hello ', 'quick question: ', 'hey, ', 'sorry to bother you, '];
const CLOSERS = ['', '', '', ' thanks', ' pls', ' thank you!', '??', ' asap'];

/** Visitor-like messages paraphrasing random entries: casual case, a dropped word, 1–2 typos, chat openers. */
export function paraphrases(kb: KnowledgeBase, count: number, seed = 2): string[] {
  const r = new Rng(seed);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const e = r.pick(kb.entries);
    const source = r.pick([e.question, ...(e.alternates ?? [])]);
    let ws = source.toLowerCase().replace(/[?.!]/g, '').split(' ');
    if (ws.length > 4 && r.chance(0.5)) ws.splice(r.int(0, ws.length - 1), 1);
    const typos = r.int(0, 2);
    for (let t = 0; t < typos; t++) {
      const i = r.int(0, ws.length - 1);
      ws[i] = typo(ws[i], r);
    }
    if (r.chance(0.3)) ws = ws.filter((w) => !['the', 'a', 'my', 'do', 'i'].includes(w));
    out.push(r.pick(OPENERS) + ws.join(' ') + r.pick(CLOSERS));
  }
  return out;
}

/** Long chatty messages of exactly `chars` characters: filler, FAQ words, some typos and pasted codes. */
export function longMessages(count: number, chars = 2000, seed = 3): string[] {
  const r = new Rng(seed);
  const pools = [FILLER, FILLER, NOUNS, VERBS, ADJECTIVES, TOPICS, SPECIFICS, PEOPLE];
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    while (text.length < chars) {
      const n = r.int(6, 18);
      const ws: string[] = [];
      for (let i = 0; i < n; i++) {
        let w = r.pick(r.pick(pools));
        if (r.chance(0.08)) w = typo(w, r);
        if (r.chance(0.02)) w = `#${r.int(10000, 99999)}`;
        ws.push(w);
      }
      text += cap(ws.join(' ')) + r.pick(['. ', '? ', '! ', ', and ', '... ']);
    }
    out.push(text.slice(0, chars));
  }
  return out;
}
