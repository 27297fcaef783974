/** What the buttons do: Save (never over a file changed on disk), Build, Export, Check, and adding messages to entries. */
import { ApiError, buildFile, checkMessages, diskStatus, exportFile, findPairs, saveFile } from './api';
import { addAlternate, entriesOf, freeId, idFrom, insertEntry } from './edit';
import { messagesOf, type Store } from './store';

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Saves the edits; on a conflict, shows the file on disk instead of overwriting it. `force` overwrites it. */
export async function save(store: Store, force = false): Promise<void> {
  const text = store.text.value;
  store.status.value = 'Saving…';
  try {
    const { hash, bak } = await saveFile(text, store.base.value.hash, force);
    store.base.value = { text, hash };
    store.conflict.value = null;
    store.changedOnDisk.value = null;
    store.status.value = `Saved. The previous version is in ${bak}.`;
  } catch (e) {
    if (e instanceof ApiError && e.status === 409) {
      store.conflict.value = { text: String(e.body.text), hash: String(e.body.hash) };
      store.status.value = 'Not saved: the file changed on disk since you loaded it. Compare and choose below.';
    } else store.status.value = `Not saved: ${reason(e)}`;
  }
}

/** Builds the compiled file from the edits, as `faq-chat build` does. */
export async function build(store: Store): Promise<void> {
  store.status.value = 'Building… (the first build loads the sentence encoder)';
  try {
    const r = await buildFile(store.text.value);
    store.status.value = r.ok ? `Built ${r.out}.` : 'Not built: the file has problems (listed below).';
    store.output.value = { title: r.ok ? `Built ${r.out}` : 'Build found problems', text: r.output };
  } catch (e) {
    store.status.value = `Not built: ${reason(e)}`;
  }
}

/** Writes the FAQPage JSON-LD beside the file and shows it. */
export async function exportJsonLd(store: Store): Promise<void> {
  try {
    const r = await exportFile(store.text.value);
    store.status.value = `Exported the FAQPage JSON-LD to ${r.out}.`;
    store.output.value = { title: `FAQPage JSON-LD (also in ${r.out}): paste it into your FAQ page`, text: r.script };
  } catch (e) {
    store.status.value = `Not exported: ${reason(e)}`;
  }
}

/** Checks the visitor questions against the edits. */
export async function check(store: Store): Promise<void> {
  const messages = messagesOf(store);
  if (!messages.length) {
    store.status.value = 'Paste visitor questions first, one per line, or load a file.';
    return;
  }
  store.checking.value = true;
  store.status.value = `Checking ${messages.length} question${messages.length === 1 ? '' : 's'}…`;
  try {
    const report = await checkMessages(store.text.value, messages, store.base.value.text);
    store.report.value = report;
    store.status.value = `Checked ${messages.length} question${messages.length === 1 ? '' : 's'} (matching by ${report.matching}).`;
  } catch (e) {
    store.status.value = `Not checked: ${reason(e)}`;
  } finally {
    store.checking.value = false;
  }
}

/** Lists the entries of the edits too close to tell apart (every phrasing is asked, so it takes a moment). */
export async function pairs(store: Store): Promise<void> {
  store.findingPairs.value = true;
  store.status.value = 'Asking every question and alternate, as faq-chat build does…';
  try {
    store.pairs.value = await findPairs(store.text.value);
    const n = store.pairs.value.pairs.length;
    store.status.value = `${n ? n : 'No'} pair${n === 1 ? '' : 's'} of entries hard to tell apart.`;
  } catch (e) {
    store.status.value = `Could not look for close entries: ${reason(e)}`;
  } finally {
    store.findingPairs.value = false;
  }
}

const indexOfId = (store: Store, id: string) => entriesOf(store.doc.value).findIndex((e) => e.id === id);

/** Adds `text` as an alternate of the entry `id`. */
export function addAsAlternate(store: Store, text: string, id: string): void {
  const i = indexOfId(store, id);
  if (i < 0) {
    store.status.value = `No entry has the id “${id}”: choose one from the list.`;
    return;
  }
  store.doc.value = addAlternate(store.doc.value, i, text);
  store.used.value = new Map(store.used.value).set(text, `added to “${id}”`);
  store.status.value = `Added “${text}” as an alternate of ${id}. Save to keep it.`;
}

/** Drafts a new entry whose question is `text`, and opens it. */
export function draftEntry(store: Store, text: string): void {
  const id = freeId(store.doc.value, idFrom(text));
  const { doc, index } = insertEntry(store.doc.value, { id, question: text, answer: '' });
  store.doc.value = doc;
  store.selected.value = { kind: 'entry', index };
  store.used.value = new Map(store.used.value).set(text, `drafted as “${id}”`);
  store.status.value = `Drafted the entry ${id}: write its answer.`;
}

/** Polls the file on disk, so the owner hears of an outside change before saving over it. */
export function watchDisk(store: Store, every = 2000): () => void {
  const timer = setInterval(async () => {
    try {
      const { hash } = await diskStatus();
      store.changedOnDisk.value = hash === store.base.value.hash ? null : hash;
    } catch {
      // The studio stopped or the file is gone; Save will say so.
    }
  }, every);
  return () => clearInterval(timer);
}
