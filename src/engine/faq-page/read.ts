/**
 * An FAQ page's questions and answers, from its schema.org FAQPage data (JSON-LD first, else microdata): the one
 * converter behind `faq-chat import` and the widget's `data-knowledge="/faq/"`. Answers become the widget's markdown
 * subset (never raw HTML), relative links resolve against the page, and entry ids are made from the questions.
 */
import { uniqueIds } from '../knowledge/ids';
import type { Entry, KnowledgeBase } from '../types';
import { jsonLdQuestions } from './json-ld';
import { pageBase } from './links';
import { elementsIn, note, textOf, type MarkupNode, type ParseHtml } from './markup';
import { microdataQuestions } from './microdata';
import { plainText, toMarkdown } from './to-markdown';

/** One question and its answer in the markdown subset. */
export interface PageQuestion {
  question: string;
  answer: string;
}

/** What a page held: its questions in order, and notes on what was dropped ("answer|had images, dropped" → count). */
export interface FaqPageRead {
  found: PageQuestion[];
  notes: Map<string, number>;
}

/** The contents of the page's `<script type="application/ld+json">` blocks, parsed; a block that is not JSON is noted. */
function jsonLdBlocks(page: readonly MarkupNode[], notes: Map<string, number>): unknown[] {
  const blocks: unknown[] = [];
  for (const el of elementsIn(page)) {
    if (el.name !== 'script' || !/^application\/ld\+json$/i.test((el.attr('type') ?? '').trim())) continue;
    try {
      blocks.push(JSON.parse(textOf(el.children)));
    } catch {
      note(notes, 'JSON-LD block', 'was not valid JSON, skipped');
    }
  }
  return blocks;
}

/** An answer's text as nodes: HTML parsed, or plain text whose blank lines separate paragraphs. */
function answerNodes(text: string, parse: ParseHtml): readonly MarkupNode[] {
  if (/<[a-z!/]/i.test(text)) return parse(text);
  return parse(
    text
      .split(/\n\s*\n/)
      .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
      .join(''),
  );
}

/**
 * Reads the FAQPage questions of a parsed page. `parse` turns an answer's HTML into nodes; `url` is where the page
 * came from (the CLI has none: a saved file's canonical link is used then). Empty `found` when it has no FAQPage data.
 */
export function readFaqPage(page: readonly MarkupNode[], parse: ParseHtml, url?: string): FaqPageRead {
  const notes = new Map<string, number>();
  const base = pageBase(page, url);
  const fromJsonLd = jsonLdQuestions(jsonLdBlocks(page, notes), notes).map((q) => ({
    // Most names are plain text: parsing them would only cost time.
    name: /[<&]/.test(q.name) ? plainText(parse(q.name)) : q.name.replace(/\s+/g, ' ').trim(),
    answer: answerNodes(q.text, parse),
  }));
  const questions = fromJsonLd.length
    ? fromJsonLd
    : microdataQuestions(page, notes).map((q) => ({
        name: q.name.replace(/\s+/g, ' ').trim(),
        answer: typeof q.answer === 'string' ? answerNodes(q.answer, parse) : q.answer,
      }));
  const found: PageQuestion[] = [];
  for (const q of questions) {
    const { markdown, dropped } = toMarkdown(q.answer, base);
    for (const d of dropped) note(notes, 'answer', d);
    if (!markdown) note(notes, 'answer', 'had no text left (only images or media), skipped');
    else found.push({ question: q.name, answer: markdown });
  }
  return { found, notes };
}

/** Entries for the questions found, with ids made from the questions. */
export function pageEntries(found: readonly PageQuestion[]): Entry[] {
  const ids = uniqueIds(found.map((f) => f.question));
  return found.map((f, i) => ({ id: ids[i], question: f.question, answer: f.answer }));
}

/**
 * How many of an FAQ page's questions, from the top, the widget offers as starters: a page has no `suggestions` of
 * its own, and its owner put what matters most first.
 */
export const PAGE_STARTERS = 3;

/** The questions found as the widget's knowledge: their entries, and the first few offered as starters. */
export function pageKnowledge(found: readonly PageQuestion[]): KnowledgeBase {
  const entries = pageEntries(found);
  return { entries, suggestions: entries.slice(0, PAGE_STARTERS).map((e) => e.id) };
}
