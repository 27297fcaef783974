import type { Overrides } from '../state/strings';

/** Everything a site owner can set on the script tag (`data-*`) or the element. */
export interface Config extends Overrides {
  /** Absolute URL of the knowledge file. */
  knowledge: string;
  /** A CSS colour for buttons and the header. */
  accent?: string;
  position: 'left' | 'right';
  /** Open the panel on first load. */
  open: boolean;
}

/** Attribute names without prefix, in the order the README documents them. */
export const attributes = ['knowledge', 'cta-url', 'cta-label', 'title', 'accent', 'position', 'open', 'greeting'];

/**
 * Parses and defaults the configuration in one place. `get` reads an attribute by its
 * unprefixed name; `prefix` ("data-" on the script tag) makes warnings name what the owner wrote.
 */
export function readConfig(get: (name: string) => string | null, prefix: string, base: string): Config {
  const raw = (n: string) => get(n)?.trim() || undefined;
  const bad = (n: string, fix: string) => console.warn(`[faq-chat] ${prefix}${n}="${get(n)}" is not valid; ${fix}`);
  const k = raw('knowledge');
  const c: Config = { knowledge: '', position: 'right', open: false, ctaLabel: raw('cta-label'), title: raw('title'), greeting: raw('greeting') };
  if (!k)
    console.warn(`[faq-chat] ${prefix}knowledge is missing; set it to the URL of your knowledge file, e.g. ${prefix}knowledge="/faq.json". Using "/faq.json".`);
  try {
    c.knowledge = new URL(k || '/faq.json', base).href;
  } catch {
    bad('knowledge', 'use the URL of your knowledge JSON file, e.g. "/faq.json".');
  }
  const url = raw('cta-url');
  if (url && !/^https?:\/\//i.test(url)) bad('cta-url', "use an http(s) URL. Using the knowledge file's cta.");
  else c.ctaUrl = url;
  const accent = raw('accent');
  if (accent && !CSS.supports('color', accent)) bad('accent', 'use a CSS colour such as "#1d4ed8". Using the default.');
  else c.accent = accent;
  const pos = raw('position');
  if (pos == 'left') c.position = pos;
  else if (pos && pos != 'right') bad('position', 'use "left" or "right". Using "right".');
  const open = get('open');
  c.open = ['', 'true', 'open'].includes(open!);
  if (open && !c.open && open != 'false') bad('open', 'use "true" or "false". Using "false".');
  return c;
}
