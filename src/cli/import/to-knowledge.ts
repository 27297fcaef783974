/** An import's entries as a knowledge file, and the one-line report of what was found. */
import type { KnowledgeBase } from '../../engine/types';
import { plural } from '../load';
import { uniqueIds } from '../../engine/knowledge/ids';
import type { Imported } from './result';

/** The knowledge base: ids made from the questions (or the file's own), order kept, empty lists left out. */
export function toKnowledge(imported: Imported): KnowledgeBase {
  const ids = uniqueIds(
    imported.found.map((f) => f.question),
    imported.found.map((f) => f.id),
  );
  const entries = imported.found.map((f, i) => ({
    id: ids[i],
    question: f.question,
    answer: f.answer,
    ...(f.alternates?.length ? { alternates: f.alternates } : {}),
    ...(f.keywords?.length ? { keywords: f.keywords } : {}),
  }));
  return { ...(imported.title ? { title: imported.title } : {}), entries };
}

/** "12 questions from faq.html (FAQPage data); 2 answers had images, dropped". */
export function report(imported: Imported, path: string): string {
  const notes = [...imported.notes].map(([key, n]) => {
    const [noun, what] = key.split('|');
    return noun ? `${plural(n, noun)} ${what}` : what;
  });
  return [`${plural(imported.found.length, 'question')} from ${path} (${imported.format})`, ...notes].join('; ');
}
