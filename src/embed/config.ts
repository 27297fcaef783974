import { isHttpUrl } from '../engine/knowledge/check';
import { DEFAULTS } from '../state/defaults';
import type { Overrides } from '../state/strings';
import type { Look } from '../ui/App';

/** Everything a site owner can set on the script tag (`data-*`) or the element. */
export interface Config extends Overrides, Look {
  /** Absolute URL of the knowledge file or FAQ page, or "#id" of an inline knowledge file. */
  knowledge: string;
  /** A CSS colour for buttons and the header. */
  accent?: string;
  /** Open the panel on first load. */
  open: boolean;
  /** URL of the sentence encoder's folder (faq-chat-encoder/ beside the script); unset when `semantic` is off or the script's URL is unknown. */
  encoder?: string;
}

/** Attribute names without prefix, in the order the README documents them. */
export const attributes = [
  'knowledge',
  'cta-url',
  'cta-label',
  'cta-prefill',
  'cta-utm',
  'title',
  'accent',
  'theme',
  'position',
  'launcher',
  'launcher-label',
  'open',
  'greeting',
  'semantic',
];

/**
 * Parses and defaults the configuration in one place. `get` reads an attribute by its
 * unprefixed name; `prefix` ("data-" on the script tag) makes warnings name what the owner wrote;
 * `script` is faq-chat.js's own URL, beside which the encoder's folder lives.
 */
export function readConfig(
  get: (name: string) => string | null,
  prefix: string,
  base: string,
  script?: string,
): Config {
  const raw = (n: string) => get(n)?.trim() || undefined;
  const bad = (n: string, fix: string) => console.warn(`[faq-chat] ${prefix}${n}="${get(n)}" is not valid; ${fix}`);
  /** One of the allowed values; the first is the default. */
  const pick = <T extends string>(n: string, ok: T[]): T => {
    const v = (raw(n) || ok[0]) as T;
    if (ok.includes(v)) return v;
    bad(n, `use "${ok.join('" or "')}". Using "${ok[0]}".`);
    return ok[0];
  };
  /** A boolean attribute: present, "true" or its own name turn it on. */
  const flag = (n: string) => {
    const v = get(n);
    const on = ['', 'true', n].includes(v!);
    if (v && !on && v != 'false') bad(n, 'use "true" or "false". Using "false".');
    return on;
  };
  const k = raw('knowledge');
  if (!k)
    console.warn(
      `[faq-chat] ${prefix}knowledge is missing; set it to the URL of your knowledge file, e.g. ${prefix}knowledge="${DEFAULTS.knowledge}". Using "${DEFAULTS.knowledge}".`,
    );
  const c: Config = {
    knowledge: '',
    position: pick('position', ['right', 'left']),
    theme: pick('theme', ['auto', 'light', 'dark']),
    launcher: pick('launcher', ['show', 'none']),
    open: flag('open'),
    ctaLabel: raw('cta-label'),
    ctaPrefill: flag('cta-prefill'),
    ctaUtm: raw('cta-utm'),
    title: raw('title'),
    greeting: raw('greeting'),
    launcherLabel: raw('launcher-label'),
  };
  if (pick('semantic', ['on', 'off']) == 'on' && script) c.encoder = new URL('faq-chat-encoder/', script).href;
  try {
    // "#id" names an inline <script type="application/json" id="id"> on this page, not a URL.
    c.knowledge = k?.startsWith('#') ? k : new URL(k || DEFAULTS.knowledge, base).href;
  } catch {
    bad('knowledge', `use the URL of your knowledge JSON file, e.g. "${DEFAULTS.knowledge}".`);
  }
  const url = raw('cta-url');
  if (url && !isHttpUrl(url)) bad('cta-url', "use an http(s) URL. Using the knowledge file's cta.");
  else c.ctaUrl = url;
  const accent = raw('accent');
  if (accent && !CSS.supports('color', accent)) bad('accent', 'use a CSS colour such as "#1d4ed8". Using the default.');
  else c.accent = accent;
  return c;
}
