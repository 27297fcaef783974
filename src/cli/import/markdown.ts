/** Markdown to entries: each `##`/`###` heading is a question, the text under it (until the next heading) its answer. */
import { safeHref } from '../../engine/knowledge/markdown';
import { note, type Found, type Imported } from './result';

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const LIST = /^([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const RULE = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** A heading's text as a plain question: no emphasis markers, links as their labels, no {#anchor}, no escapes. */
function headingText(raw: string): string {
  return raw
    .replace(/\s*\{#[^}]*\}\s*$/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .trim();
}

/** Notes in `dropped` what was left out; the content itself becomes nothing. */
function dropNote(dropped: Set<string>, why: string): string {
  dropped.add(why);
  return '';
}

/** One answer line in the widget's subset; `dropped` hears what was left out. */
function answerLine(line: string, dropped: Set<string>): string {
  let out = line.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  out = out.replace(/!\[[^\]]*\]\([^)]*\)/g, () => dropNote(dropped, 'had images, dropped'));
  out = out.replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, '[$1]($1)');
  out = out.replace(/<br\s*\/?>/gi, ' ');
  out = out.replace(/<\/?[a-z][^>]*>/gi, () => dropNote(dropped, 'had HTML tags, removed'));
  out = out.replace(/\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g, (_all, label: string, href: string) => {
    if (safeHref(href)) return `[${label}](${href})`;
    dropped.add('had links that were not absolute http(s), mailto or tel, kept as text');
    return label;
  });
  return out.replace(/`([^`]*)`/g, '$1');
}

/** The answer lines under one heading, in the subset: nested lists flattened, quotes unquoted, tables as lines. */
function answerText(lines: string[], dropped: Set<string>): string {
  const out: string[] = [];
  let fenced = false;
  for (const raw of lines) {
    if (FENCE.test(raw)) {
      fenced = !fenced;
      dropped.add('had code blocks, kept as plain text');
      continue;
    }
    if (fenced) {
      out.push(raw.trim() ? raw.trim() : '');
      continue;
    }
    let line = raw.replace(/^ {0,3}(> ?)+/, '');
    const heading = HEADING.exec(line);
    if (heading) line = `**${headingText(heading[2])}**`;
    if (RULE.test(line)) {
      out.push('');
      continue;
    }
    if (/^\s*\|/.test(line)) {
      if (TABLE_SEPARATOR.test(line)) continue;
      dropped.add('had tables, each row kept as a line');
      line = line
        .replace(/^\s*\|/, '')
        .replace(/\|\s*$/, '')
        .split('|')
        .map((c) => c.trim())
        .filter(Boolean)
        .join(' – ');
    }
    const item = LIST.exec(line);
    if (item) {
      if (item[1].replace(/\t/g, '    ').length > 3) dropped.add('had nested lists, flattened');
      line = `${/\d/.test(item[2]) ? item[2].replace(')', '.') : '-'} ${item[3]}`;
    }
    out.push(answerLine(line, dropped).trimEnd());
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Parses a Markdown FAQ. The first `#` heading, before any question, becomes the title. */
export function importMarkdown(text: string): Imported {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  // YAML front matter, as static-site generators write it.
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) lines.splice(0, end + 1);
  }
  const notes = new Map<string, number>();
  const found: Found[] = [];
  let title: string | undefined;
  let question: string | null = null;
  let body: string[] = [];
  let fenced = false;
  const finish = (): void => {
    if (question === null) return;
    const dropped = new Set<string>();
    const answer = answerText(body, dropped);
    if (answer) {
      found.push({ question, answer });
      for (const d of dropped) note(notes, 'answer', d);
    } else note(notes, 'heading', 'with no text under it (a section title?), skipped');
  };
  for (const line of lines) {
    if (FENCE.test(line)) fenced = !fenced;
    const h = fenced ? null : HEADING.exec(line);
    const level = h?.[1].length ?? 0;
    if (h && (level === 2 || level === 3)) {
      finish();
      question = headingText(h[2]);
      body = [];
    } else if (h && level === 1) {
      finish();
      question = null;
      if (!found.length && title === undefined) title = headingText(h[2]) || undefined;
    } else if (question !== null) body.push(line);
  }
  finish();
  return { format: 'Markdown', title, found, notes };
}
