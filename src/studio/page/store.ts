/** Problems and whether the edits differ from `base`, recomputed once typing pauses. */
function settled(doc: Signal<Json>, base: ReadonlySignal<string>, format: Format) {
  const problems = signal<ValidationProblem[]>(validateKnowledge(doc.value).problems);
  const dirty = signal(false);
  // Checking a file of 1,000 entries and writing it out take tens of milliseconds: they run once typing pauses, not on
  // every key.
  let timer: ReturnType<typeof setTimeout> | undefined;
  effect(() => {
    const now = doc.value;
    const was = base.value;
    clearTimeout(timer);
    timer = setTimeout(() => {
      batch(() => {
        problems.value = validateKnowledge(now).problems;
        dirty.value = textOf(now, format) !== was;
      });
    }, SETTLE_MS);
  });
  return { problems, dirty };
}

/** The studio's state: the file being edited (as the owner wrote it), what is on disk, and the checks. */
import { batch, computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals-core';
import type { AskedPair } from '../../cli/close-pairs';
import type { ValidationProblem } from '../../engine/types';
import { validateKnowledge } from '../../lint/validate';
import type { CheckMessage, CheckReport } from '../server/check';
import type { FileVersion } from './api';
import type { Json } from './edit';
import { formatOf, textOf, type Format } from './text';

/** How long typing must pause before the file is validated again. */
const SETTLE_MS = 150;

/** What is shown in the editor pane: an entry by index, or the file's own settings. */
export type Selection = { kind: 'entry'; index: number } | { kind: 'file' };

/** The studio's state and the values derived from it. */
export function createStore(loaded: FileVersion) {
  const format: Format = formatOf(loaded.text);
  /** The version the edits started from (updated by each Save). */
  const base = signal({ text: loaded.text, hash: loaded.hash });
  /** The base as the studio writes it: edits are told apart from a file merely indented otherwise. */
  const baseText = computed(() => {
    try {
      return textOf(JSON.parse(base.value.text) as Json, format);
    } catch {
      return base.value.text;
    }
  });
  const doc = signal<Json>(JSON.parse(loaded.text) as Json);
  const text = computed(() => textOf(doc.value, format));
  const { problems, dirty } = settled(doc, baseText, format);
  return {
    files: loaded.files,
    format,
    base,
    doc,
    text,
    problems,
    /** True when the edits differ from the file as loaded or last saved (updated once typing pauses). */
    dirty,
    selected: signal<Selection>({ kind: 'entry', index: 0 }),
    /** A filter over the entry list. */
    find: signal(''),
    /** The latest outcome of Save, Build, Export or Check, read out to screen readers. */
    status: signal(''),
    /** The file on disk, when it changed since it was loaded and the owner has to choose. */
    conflict: signal<{ text: string; hash: string } | null>(null),
    /** The disk's hash, when it differs from the base (polled). */
    changedOnDisk: signal<string | null>(null),
    /** The visitor questions box. */
    visitorText: signal(''),
    /** Expected entry ids by question text, from a loaded cases file or CSV. */
    expected: signal(new Map<string, string | null>()),
    report: signal<CheckReport | null>(null),
    /** The latest list of entries hard to tell apart, and the matching it used. */
    pairs: signal<{ matching: string; pairs: AskedPair[] } | null>(null),
    findingPairs: signal(false),
    checking: signal(false),
    /** Messages already added as alternates or drafted as entries, with where they went. */
    used: signal(new Map<string, string>()),
    /** The built or exported output to show. */
    output: signal<{ title: string; text: string } | null>(null),
  };
}

/** The studio's store. */
export type Store = ReturnType<typeof createStore>;

/** The messages to check: the box's lines, each with its expected id when a loaded file gave one. */
export function messagesOf(store: Store): CheckMessage[] {
  const seen = new Set<string>();
  const out: CheckMessage[] = [];
  for (const raw of store.visitorText.value.split('\n')) {
    const text = raw.trim();
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    const expect = store.expected.value.get(text);
    out.push(expect === undefined ? { text } : { text, expect });
  }
  return out;
}

/** Replaces the edits with the file on disk. */
export function reload(store: Store, version: { text: string; hash: string }) {
  batch(() => {
    store.base.value = version;
    store.doc.value = JSON.parse(version.text) as Json;
    store.conflict.value = null;
    store.changedOnDisk.value = null;
  });
}
