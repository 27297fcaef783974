import { effect, signal } from '@preact/signals-core';
import { render } from 'preact';
import { createChatModel } from '../state/model';
import { App, type Ahead } from '../ui/App';
import type { Config } from './config';
import { fire } from './events';
import { whenIdle } from './idle';
import { loadKnowledge } from './knowledge-fetch';
import { semanticClient } from './semantic/client';
import { startOnIntent } from './semantic/intent';
import { readSession, sessionKey, writeSession } from './storage';
import { applyStyles } from './styles';
import launcherCss from '../styles/launcher.css?inline';
import widgetCss from '../styles/widget.css?inline';

/** What a mounted widget can be asked to do. */
export interface Controls {
  open(): void;
  close(): void;
  toggle(): void;
  /** Asks a question as if the visitor typed it (opens the panel). */
  ask(text: string): void;
  readonly isOpen: boolean;
  destroy(): void;
}

/**
 * Renders the widget into `host`'s open shadow root and wires loading, persistence, idle warm-up,
 * `faq-chat:*` events on `host`, and the phone layout (panel sized to the visual viewport, page scroll locked).
 */
export function mount(host: HTMLElement, config: Config): Controls {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  root.replaceChildren();
  applyStyles(root, launcherCss, widgetCss);
  root.append(box);
  if (config.accent) host.style.setProperty('--faq-chat-accent', config.accent);

  const semantic = config.encoder ? semanticClient(config.encoder, config.knowledge) : undefined;
  const model = createChatModel({
    load: () => loadKnowledge(config.knowledge),
    overrides: config,
    delay: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 350,
    // The encoder (megabytes) loads at the first sign of intent (startOnIntent below) or when the panel opens: a
    // visitor who never reaches for the chat never pays for it. It starts in a task of its own, so the panel's first
    // frame does not wait for it.
    onEvent: (e) => {
      if (e.type == 'open' && semantic) setTimeout(semantic.start);
      fire(host, e);
    },
    semantic: semantic?.match,
  });
  if (semantic) startOnIntent(host, semantic.start);
  const key = sessionKey(config.knowledge);
  const saved = readSession(key);
  if (saved) model.restore(saved);
  else if (config.open) model.open();
  // The first run only subscribes: nothing is stored until the visitor does something.
  let first = true;
  const stop = effect(() => {
    const snap = model.snapshot();
    if (!first) writeSession(key, snap);
    first = false;
  });
  const cancel = whenIdle(model.warm);
  // The closed panel is rendered hidden ahead of time, in two idle periods (its frame, then the conversation), so
  // the click that opens it only shows it and focuses the text box: rendering it in the click was a task over 50 ms
  // on a slow phone, and all of it in one idle callback came close to one (issue 15).
  const ahead = signal<Ahead>(0);
  const step = (): (() => void) => whenIdle(() => ++ahead.value < 2 && (cancelAhead = step()));
  let cancelAhead = step();
  const rtl = getComputedStyle(document.body).direction == 'rtl';
  // Rendering inside an effect subscribes it to exactly the signals the UI read (its components have no state of
  // their own), so any change to one of them renders again.
  const unrender = effect(() => render(<App model={model} look={config} rtl={rtl} ahead={ahead.value} />, box));
  // On a phone the open panel covers the visual viewport, which the on-screen keyboard shrinks and moves,
  // and the page behind must not scroll; the page's own overflow value comes back on close. The first fit waits for
  // the next frame: reading the viewport right after the panel was rendered would lay it out inside the opening click
  // (until then the panel fills the layout viewport, which is the visual one before the keyboard is up).
  const narrow = matchMedia('(max-width:480px)');
  const phone = effect(() => {
    if (!model.isOpen.value || !narrow.matches) return;
    const vv = visualViewport!;
    const page = document.documentElement.style;
    const was = page.overflow;
    const ac = new AbortController();
    const fit = () => {
      host.style.setProperty('--faq-chat-viewport-height', `${vv.height}px`);
      host.style.setProperty('--faq-chat-viewport-top', `${vv.offsetTop}px`);
    };
    const frame = requestAnimationFrame(fit);
    page.overflow = 'hidden';
    vv.addEventListener('resize', fit, ac);
    vv.addEventListener('scroll', fit, ac);
    return () => {
      cancelAnimationFrame(frame);
      page.overflow = was;
      ac.abort();
    };
  });

  return {
    open: model.open,
    close: model.close,
    toggle: model.toggle,
    ask(text) {
      model.open();
      model.ask(String(text));
    },
    get isOpen() {
      return model.isOpen.value;
    },
    destroy() {
      semantic?.stop();
      cancel();
      cancelAhead();
      stop();
      phone();
      unrender();
      render(null, box);
    },
  };
}
