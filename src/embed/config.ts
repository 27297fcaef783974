import type { Overrides } from '../state/strings';
import type { Look } from '../ui/App';

/** Everything a site owner can set on the script tag (`data-*`) or the element. */
export interface Config extends Overrides, LauncherConfig {
  /** Absolute URL of the knowledge file or FAQ page, or "#id" of an inline knowledge file. */
  knowledge: string;
  /** URL of the sentence encoder's folder (faq-chat-encoder/ beside the script); unset when `semantic` is off or the script's URL is unknown. */
  encoder?: string;
}

/** The options faq-chat.js itself needs, to draw the plain launcher and to know when to load the rest. */
export interface LauncherConfig extends Look {
  /** A CSS colour for buttons and the header. */
  accent?: string;
  /** Open the panel on first load. */
  open: boolean;
}

/** Where a widget's options come from: the `<faq-chat>` element's attributes, or the script tag's data-attributes. */
export interface ConfigSource {
  /** Reads an option by its unprefixed attribute name. */
  get(name: string): string | null;
  /** What the owner wrote before each name ("data-" on the script tag), so that warnings quote it. */
  prefix: string;
  /** The URL a relative knowledge URL resolves against: the page's base URI. */
  base: string;
  /** faq-chat.js's own URL, beside which the encoder's folder lives; unknown in a bundler's build. */
  script?: string;
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

/** Reads options from a source, warning (with the name as the owner wrote it) about a value it cannot use. */
export type Options = ReturnType<typeof optionReader>;

/**
 * The reader of `source`'s options: faq-chat.js reads the launcher's with it and hands it to faq-chat-app.js, which
 * reads the rest, so the two files do not both carry it.
 */
export function optionReader(source: ConfigSource) {
  const { get, prefix } = source;
  const raw = (n: string) => get(n)?.trim() || undefined;
  const bad = (n: string, fix: string) => console.warn(`[faq-chat] ${prefix}${n}="${get(n)}" is not valid; ${fix}`);
  return {
    ...source,
    /** The trimmed value, or undefined when absent or empty. */
    raw,
    /** Warns that the value of `n` is not valid, and how to fix it. */
    bad,
    /** One of the allowed values; the first is the default. */
    pick<T extends string>(n: string, ok: T[]): T {
      const v = (raw(n) || ok[0]) as T;
      if (ok.includes(v)) return v;
      bad(n, `use "${ok.join('" or "')}". Using "${ok[0]}".`);
      return ok[0];
    },
    /** A boolean attribute: present, "true" or its own name turn it on. */
    flag(n: string) {
      const v = get(n);
      const on = ['', 'true', n].includes(v!);
      if (v && !on && v != 'false') bad(n, 'use "true" or "false". Using "false".');
      return on;
    },
  };
}

/**
 * Parses and defaults the launcher's options (faq-chat.js); faq-chat-app.js reads the rest when it mounts the widget
 * (widget-config.ts), so every page view does not pay for parsing what only the open chat uses.
 */
export function readLauncherConfig({ raw, bad, pick, flag }: Options): LauncherConfig {
  const c: LauncherConfig = {
    position: pick('position', ['right', 'left']),
    theme: pick('theme', ['auto', 'light', 'dark']),
    launcher: pick('launcher', ['show', 'none']),
    open: flag('open'),
    launcherLabel: raw('launcher-label'),
  };
  const accent = raw('accent');
  if (accent && !CSS.supports('color', accent)) bad('accent', 'use a CSS colour such as "#1d4ed8". Using the default.');
  else c.accent = accent;
  return c;
}
