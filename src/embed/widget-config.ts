import { isHttpUrl } from '../engine/knowledge/check';
import { DEFAULTS } from '../state/defaults';
import {
  optionReader,
  readLauncherConfig,
  type Config,
  type ConfigSource,
  type LauncherConfig,
  type Options,
} from './config';

/** The options only the widget itself uses: what faq-chat-app.js reads when it mounts. */
export type WidgetConfig = Omit<Config, keyof LauncherConfig>;

/** Parses and defaults the widget's own options (the knowledge, the booking link, texts, matching by meaning). */
export function readWidgetConfig({ prefix, base, script, raw, bad, pick, flag }: Options): WidgetConfig {
  const k = raw('knowledge');
  if (!k)
    console.warn(
      `[faq-chat] ${prefix}knowledge is missing; set it to the URL of your knowledge file, e.g. ${prefix}knowledge="${DEFAULTS.knowledge}". Using "${DEFAULTS.knowledge}".`,
    );
  const c: WidgetConfig = {
    knowledge: '',
    ctaLabel: raw('cta-label'),
    ctaPrefill: flag('cta-prefill'),
    ctaUtm: raw('cta-utm'),
    title: raw('title'),
    greeting: raw('greeting'),
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
  return c;
}

/** Parses and defaults every option in one place: the launcher's, then the widget's. */
export function readConfig(source: ConfigSource): Config {
  const options = optionReader(source);
  return { ...readLauncherConfig(options), ...readWidgetConfig(options) };
}
