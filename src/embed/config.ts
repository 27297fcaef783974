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

const warn = (name: string, value: string, fix: string) =>
  console.warn(`[faq-chat] ${name}="${value}" is not valid; ${fix}`);

/**
 * Parses and defaults the configuration in one place. `get` reads an attribute by its
 * unprefixed name; `prefix` ("data-" on the script tag) makes warnings name what the owner wrote.
 */
export function readConfig(get: (name: string) => string | null, prefix: string, base: string): Config {
  const raw = (n: string) => get(n)?.trim() || undefined;
  const c: Config = { knowledge: '', position: 'right', open: false };
  let k = raw('knowledge');
  if (!k) {
    console.warn(`[faq-chat] ${prefix}knowledge is missing; set it to the URL of your knowledge file, e.g. ${prefix}knowledge="/faq.json". Using "/faq.json".`);
    k = '/faq.json';
  }
  try {
    c.knowledge = new URL(k, base).href;
  } catch {
    warn(prefix + 'knowledge', k, 'use the URL of your knowledge JSON file, e.g. "/faq.json".');
  }
  const url = raw('cta-url');
  if (url && !/^https?:\/\//i.test(url)) warn(prefix + 'cta-url', url, 'use an http(s) URL. Using the knowledge file\'s cta.');
  else c.ctaUrl = url;
  c.ctaLabel = raw('cta-label');
  c.title = raw('title');
  c.greeting = raw('greeting');
  const accent = raw('accent');
  if (accent && !CSS.supports('color', accent)) warn(prefix + 'accent', accent, 'use a CSS colour such as "#1d4ed8". Using the default.');
  else c.accent = accent;
  const pos = raw('position');
  if (pos == 'left') c.position = pos;
  else if (pos && pos != 'right') warn(prefix + 'position', pos, 'use "left" or "right". Using "right".');
  const open = get('open');
  if (open != null && !['', 'true', 'false', 'open'].includes(open)) warn(prefix + 'open', open, 'use "true" or "false". Using "false".');
  c.open = open == '' || open == 'true' || open == 'open';
  return c;
}
