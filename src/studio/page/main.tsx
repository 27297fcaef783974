/** The studio page's entry (dist/studio/studio.js): loads the file, renders the studio, puts the widget beside it. */
import { effect } from '@preact/signals-core';
import { render } from 'preact';
import { watchDisk } from './actions';
import { loadFile } from './api';
import { createStore } from './store';
import { Studio } from './Studio';
import { attachWidget } from './widget';
import css from './studio.css?inline';

async function start(root: HTMLElement) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [sheet];
  const store = createStore(await loadFile());
  // Wide screens keep the chat open beside the editor; on a phone it would cover the editor, so it waits behind its launcher.
  const wide = matchMedia('(min-width: 1100px)').matches;
  attachWidget(store, document.body, wide);
  const openChat = () => document.querySelector('faq-chat')?.open();
  root.textContent = '';
  // Rendering inside an effect re-renders whenever a signal the page read changes (as the widget's mount does).
  effect(() => render(<Studio store={store} onOpenChat={openChat} />, root));
  watchDisk(store);
}

const root = document.getElementById('studio')!;
start(root).catch((e: Error) => {
  root.textContent = `[faq-chat] The studio could not start: ${e.message}. Is faq-chat studio still running?`;
  console.error(`[faq-chat] The studio could not start: ${e.message}`);
});
