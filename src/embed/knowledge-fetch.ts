/**
 * Where the widget's knowledge comes from, by what `knowledge` names: a JSON knowledge file; an HTML page, whose
 * schema.org FAQPage data becomes the entries (this page's own without a download); or `#id`, an inline
 * `<script type="application/json" id="id">` on this page.
 */
import { checkKnowledge } from '../engine/knowledge/check';
import type { KnowledgeBase } from '../engine/types';
import { faqOfDocument, faqOfHtml } from './faq-page-dom';
import { fetchCapped, MAX_CHARS } from './fetch-capped';

const cache = new Map<string, Promise<KnowledgeBase>>();
const check = 'check it with `npx faq-chat validate`';
const noFaq =
  'it has no FAQPage questions: faq-chat reads the schema.org FAQPage data an SEO plugin or FAQ block writes (JSON-LD or microdata); point data-knowledge at a page that has it, or at a knowledge JSON file';

/** The page's URL without its #fragment. */
const withoutHash = (url: string) => url.split('#')[0];

/** An inline knowledge file: the JSON text of the element with this id. */
function inlineJson(id: string): unknown {
  const el = document.getElementById(id);
  if (!el) throw Error(`there is no element with id="${id}" on this page`);
  const text = el.textContent ?? '';
  if (text.length > MAX_CHARS) throw Error('it is larger than 10 MB');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw Error(
      `it is not valid JSON (${(e as Error).message}); put the knowledge file's JSON in <script type="application/json" id="${id}">`,
    );
  }
}

/** The raw knowledge (JSON to be checked) or an FAQ page's entries, from wherever `source` points. */
async function fetchSource(source: string): Promise<unknown> {
  if (source.startsWith('#')) return inlineJson(source.slice(1));
  // This very page: its FAQ is already here, parsed and rendered.
  if (withoutHash(source) == withoutHash(location.href)) return faqOfDocument(document, document.URL) ?? Error(noFaq);
  const got = await fetchCapped(source);
  if (/html/i.test(got.type) || /^\s*</.test(got.text)) return faqOfHtml(got.text, got.url) ?? Error(noFaq);
  try {
    return JSON.parse(got.text);
  } catch (e) {
    throw Error(`it is not valid JSON (${(e as Error).message}); ${check}`);
  }
}

/** Reads and validates the knowledge `source` names; one `[faq-chat]` console error says what is wrong. */
async function readKnowledge(source: string): Promise<KnowledgeBase> {
  const fail = (why: string): never => {
    console.error(`[faq-chat] Could not load the knowledge file ${source}: ${why}.`);
    throw Error(why);
  };
  let json: unknown;
  try {
    json = await fetchSource(source);
  } catch (e) {
    fail((e as Error).message);
  }
  if (json instanceof Error) fail(json.message);
  const { knowledge, problems } = checkKnowledge(json);
  // checkKnowledge names a path for every problem (a file that is no knowledge base gets "entries").
  const list = problems.map((p) => `\n  ${p.path}: ${p.message}`).join('');
  if (!knowledge) fail(`it is not a usable knowledge file; ${check}:${list}`);
  if (list)
    console.error(
      `[faq-chat] The knowledge file ${source} has problems; the affected entries were skipped. Fix them (${check}):${list}`,
    );
  return knowledge!;
}

/** Reads and validates the knowledge once per source; later callers (the widget, the encoder's worker) share it. */
export function loadKnowledge(source: string): Promise<KnowledgeBase> {
  let p = cache.get(source);
  if (!p) {
    p = readKnowledge(source);
    cache.set(source, p);
  }
  return p;
}
