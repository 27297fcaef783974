import type { Config, LauncherConfig, Options } from './config';
import { mount, type ReadAhead } from './mount';
import { readSession, sessionKey } from './storage';
import { readWidgetConfig } from './widget-config';

/** A widget's options, and what was read ahead of mounting it. */
export interface Prepared {
  config: Config;
  read: ReadAhead;
}

/** What faq-chat-app.js hands to faq-chat.js (and the module build to `<faq-chat>`): the widget, in two steps. */
export interface WidgetApp {
  /** Reads the widget's options and what mounting would otherwise wait for; `<faq-chat>` runs it in a task of its own. */
  prepare(options: Options, look: LauncherConfig): Prepared;
  /** Renders the widget (see mount.tsx). */
  mount: typeof mount;
}

/**
 * What mounting would otherwise wait for inside its own task (issue 15: it came to 42–83 ms at 4× CPU): the first
 * read of sessionStorage, where the browser loads the origin's session storage in a synchronous round trip to its
 * own process (5–50 ms, more on a busy machine), and the host page's styles, which reading the body's direction
 * computes.
 */
function readAhead(config: Config): ReadAhead {
  const body = document.body;
  return {
    saved: readSession(sessionKey(config.knowledge)),
    rtl: body ? getComputedStyle(body).direction == 'rtl' : undefined,
  };
}

/** The widget as faq-chat-app.js provides it. */
export const widgetApp: WidgetApp = {
  prepare(options, look) {
    const config = { ...look, ...readWidgetConfig(options) };
    return { config, read: readAhead(config) };
  },
  mount,
};
