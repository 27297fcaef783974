/** Every problem message the knowledge and eval-case validators produce, in one place. */

/** Starts the message of a problem that does not stop a value from being used (see reportWarning). */
export const WARNING = 'warning: ';

/** A short, quoted rendering of a string for messages. */
export const quote = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** What a value is, for "(got …)" in messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length ? `an array of ${value.length}` : 'an empty array';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const didYouMean = (near: string | undefined, otherwise: string): string =>
  near === undefined ? otherwise : ` — did you mean ${quote(near)}?`;

/** The problem messages, keyed by what went wrong. */
export const M = {
  root: (got: string) => `the file must hold one JSON object such as {"entries": [...]} (got ${got})`,
  unreadable: (why: string) => `could not be read (${why}); is it plain JSON?`,
  missing: (expected: string) => `is missing: add ${expected}`,
  type: (expected: string, got: string) => `must be ${expected} (got ${got})`,
  blank: (got: string) => `must be a non-empty string (got ${got})`,
  noEntries: 'must contain at least one entry such as {"id": "pricing", "question": "…", "answer": "…"}',
  idSpace: (got: string, fix: string) =>
    `should not contain spaces (got ${got}): the widget uses the entry, but follow-ups, suggestions, eval cases and events name it by this id; use e.g. ${quote(fix)}`,
  duplicateId: (id: string, first: number) =>
    `duplicate id ${quote(id)}: entries[${first}] already uses it; give each entry its own id`,
  unknownId: (id: string, near?: string) =>
    `no entry has the id ${quote(id)}${didYouMean(near, '; check the spelling or remove it')}`,
  selfReference: (id: string) => `${quote(id)} is this entry's own id; follow-ups should lead to other entries`,
  url: (got: string) => `must be an absolute http(s) URL such as "https://cal.com/your-name" (got ${got})`,
  link: (href: string) =>
    `the link target ${quote(href)} will be shown as plain text: links must be absolute ` +
    'http(s), mailto: or tel: URLs, e.g. [Contact us](https://example.com/contact)',
  unknownKey: (key: string, allowed: readonly string[], near?: string) =>
    `unknown key ${quote(key)}${didYouMean(near, `; allowed keys: ${allowed.join(', ')}`)}`,
  forbiddenKey: (key: string) => `the key ${quote(key)} is not allowed; rename it`,
  synonymGroup: (got: string) =>
    `must be an array of at least 2 words or phrases that mean the same, e.g. ["baa", "business associate agreement"] (got ${got})`,
  locale: (got: string, fix?: string) =>
    `must be a BCP 47 language tag such as "en" or "en-GB" (got ${got})${didYouMean(fix, '')}`,
  casesRoot: (got: string) =>
    `the file must hold an array of cases such as [{"q": "how much is it?", "expect": "pricing"}] or {"cases": [...]} (got ${got})`,
  expect: (got: string) => `must be an entry id, or null for a question the bot should decline (got ${got})`,
};
