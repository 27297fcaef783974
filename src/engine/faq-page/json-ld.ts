/**
 * The questions of schema.org FAQPage JSON-LD, however it is nested: a FAQPage at the top, in @graph or in an array;
 * `@type` a string or an array (`["WebPage", "FAQPage"]`); Question nodes inside `mainEntity`, or referenced there by
 * `{"@id": …}` and standing elsewhere in the graph, as Yoast SEO writes them.
 */
import { note } from './markup';

type Json = Record<string, unknown>;

/** A question as found: its name and its answer's text, both HTML (or plain text). */
export interface RawQuestion {
  name: string;
  text: string;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
/** `@type` names `type`, also as a full IRI ("https://schema.org/FAQPage") or with a prefix ("schema:FAQPage"). */
const isType = (v: Json, type: string): boolean =>
  asArray(v['@type']).some((t) => typeof t === 'string' && t.replace(/^.*[/#:]/, '') === type);
/** A node that only points at another one: `{"@id": "…"}`. */
const isReference = (v: Json): boolean => typeof v['@id'] === 'string' && Object.keys(v).length === 1;

/** Every node with an @id and content of its own, across all blocks (the first one wins). */
function nodesById(blocks: unknown[]): Map<string, Json> {
  const byId = new Map<string, Json>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach(visit);
      return;
    }
    if (!isObject(v)) return;
    const id = v['@id'];
    if (typeof id === 'string' && !isReference(v) && !byId.has(id)) byId.set(id, v);
    for (const [key, value] of Object.entries(v)) if (key !== '@context') visit(value);
  };
  visit(blocks);
  return byId;
}

/** The question's name and answer text, or a note saying why it was skipped. */
function readQuestion(q: Json, byId: Map<string, Json>, notes: Map<string, number>): RawQuestion | undefined {
  const resolve = (v: unknown): unknown => (isObject(v) && isReference(v) ? byId.get(v['@id'] as string) : v);
  const answers = [...asArray(q.acceptedAnswer), ...asArray(q.suggestedAnswer)].map(resolve);
  const answer = answers.find((a): a is Json => isObject(a) && typeof a.text === 'string' && !!a.text.trim());
  const name = typeof q.name === 'string' ? q.name : '';
  if (name.trim() && answer) return { name, text: answer.text as string };
  note(notes, 'question', `without ${name.trim() ? 'an answer text' : 'a name'}, skipped`);
  return undefined;
}

/** The questions of every FAQPage in these parsed JSON-LD blocks, in document order, each once. */
export function jsonLdQuestions(blocks: unknown[], notes: Map<string, number>): RawQuestion[] {
  const byId = nodesById(blocks);
  const resolve = (v: unknown): unknown => (isObject(v) && isReference(v) ? (byId.get(v['@id'] as string) ?? v) : v);
  const out: RawQuestion[] = [];
  const seen = new Set<Json>();
  // JSON.parse makes trees, so this ends; only a FAQPage's mainEntity references are followed, one step.
  const visit = (v: unknown, inFaq: boolean): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x, inFaq);
      return;
    }
    if (!isObject(v) || isReference(v)) return;
    if (inFaq && isType(v, 'Question')) {
      const q = !seen.has(v) && readQuestion(v, byId, notes);
      seen.add(v);
      if (q) out.push(q);
      return;
    }
    const faq = inFaq || isType(v, 'FAQPage');
    for (const [key, value] of Object.entries(v))
      if (key === 'mainEntity' && faq) visit(asArray(value).map(resolve), true);
      else if (key !== '@context') visit(value, faq);
  };
  visit(blocks, false);
  return out;
}
