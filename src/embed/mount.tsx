import { effect } from '@preact/signals-core';
import { render } from 'preact';
import { DEFAULTS } from '../state/defaults';
import { createChatModel } from '../state/model';
import launcherCss from '../styles/launcher.css?inline';
import widgetCss from '../styles/widget.css?inline';
import { App } from '../ui/App';
import type { Controls } from './commands';
import type { Config } from './config';
import { fire } from './events';
import { whenIdle } from './idle';
import { loadKnowledge } from './knowledge-fetch';
import { persist } from './persistence';
import { fitPhoneViewport } from './phone-viewport';
import { renderAhead } from './render-ahead';
import { semanticClient } from './semantic/client';
import { startOnIntent } from './semantic/intent';
import { applyStyles } from './styles';

export type { Controls } from './commands';

/** What `<faq-chat>` read ahead of mounting, in a task of its own (see element.ts), so mounting need not. */
export interface ReadAhead {
  /** The saved conversation (sessionStorage), or null. */
  saved: unknown;
  /** The host page's text direction (unknown before it has a body). */
  rtl?: boolean;
}

/** The shadow root, styled and emptied, with the box the widget renders into. */
function prepareRoot(host: HTMLElement, config: Config): HTMLElement {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  root.replaceChildren();
  applyStyles(root, launcherCss, widgetCss);
  root.append(box);
  if (config.accent) host.style.setProperty('--faq-chat-accent', config.accent);
  return box;
}

/**
 * Renders the widget into `host`'s open shadow root and wires its features, each with its own cleanup: the
 * knowledge file, matching by meaning, `faq-chat:*` events on `host`, persistence, idle warm-up, rendering ahead
 * and the phone layout.
 */
export function mount(host: HTMLElement, config: Config, read?: ReadAhead): Controls {
  const box = prepareRoot(host, config);
  const encoder = config.encoder ? semanticClient(config.encoder, () => loadKnowledge(config.knowledge)) : undefined;
  const model = createChatModel({
    load: () => loadKnowledge(config.knowledge),
    overrides: config,
    delay: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : DEFAULTS.replyDelayMs,
    onEvent: (e) => fire(host, e),
    encoder,
  });
  // The encoder (megabytes) also starts at the first sign of intent on the launcher, not only when the panel opens.
  if (encoder) startOnIntent(host, encoder.start);
  const stopPersisting = persist(model, config.knowledge, config.open, read?.saved);
  const stopWarming = whenIdle(model.warm);
  const { ahead, stop: stopAhead } = renderAhead();
  const rtl = read?.rtl ?? getComputedStyle(document.body).direction == 'rtl';
  const cleanups = [
    () => encoder?.stop(),
    stopWarming,
    stopAhead,
    stopPersisting,
    // Rendering inside an effect subscribes it to exactly the signals the UI read (its components have no state of
    // their own), so any change to one of them renders again.
    effect(() => render(<App model={model} look={config} rtl={rtl} ahead={ahead.value} />, box)),
    fitPhoneViewport(host, model.isOpen),
  ];
  const destroy = () => {
    for (const cleanup of cleanups) cleanup();
    render(null, box);
  };
  // Each command of the Command union, as a method (typed by Controls).
  return {
    open: model.open,
    close: model.close,
    toggle: model.toggle,
    ask(text) {
      model.open();
      model.ask(String(text));
    },
    destroy,
    get isOpen() {
      return model.isOpen.value;
    },
  };
}
