/** Entry ids made from questions: short, readable, unique ("Do you sign a BAA?" → "sign-baa"). */
import { words } from '../match/normalize';
import { STOP_WORDS } from '../match/stopwords';

/** At most this many words in a generated id: enough to recognise the question, short enough to type in followUps. */
const MAX_WORDS = 4;
const MAX_LENGTH = 40;

/** A readable slug of a question: its first few topic words, else its first words, else "question". */
export function slug(question: string): string {
  const all = words(question)
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter(Boolean);
  const topic = all.filter((w) => !STOP_WORDS.has(w));
  const chosen = (topic.length ? topic : all).slice(0, MAX_WORDS);
  let id = '';
  for (const w of chosen) if ((id ? id.length + 1 : 0) + w.length <= MAX_LENGTH) id = id ? `${id}-${w}` : w;
  return id || 'question';
}

/** An owner's own id made valid: spaces become dashes. */
const cleanId = (id: string): string => id.trim().replace(/\s+/g, '-');

/**
 * One unique id per question, in order: the owner's own (`given[i]`, spaces made dashes) when there is one, else a
 * slug of the question; a repeat gets "-2", "-3"… Owners' ids are reserved first so a slug never takes one.
 */
export function uniqueIds(questions: readonly string[], given: readonly (string | undefined)[] = []): string[] {
  const used = new Set<string>();
  const own = questions.map((_, i) => (given[i]?.trim() ? cleanId(given[i] as string) : undefined));
  const reserved = new Set(own.filter((id): id is string => !!id));
  return questions.map((q, i) => {
    const base = own[i] ?? slug(q);
    let id = base;
    for (let n = 2; used.has(id) || (!own[i] && reserved.has(id)); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
