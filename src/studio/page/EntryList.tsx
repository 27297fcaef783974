/** The entries, with a filter and the buttons that add, duplicate, delete and reorder them. */
import { Component } from 'preact';
import { duplicateEntry, entriesOf, freeId, insertEntry, moveEntry, removeEntry } from './edit';
import type { Store } from './store';

const label = (e: Record<string, unknown>, i: number) =>
  (typeof e.question === 'string' && e.question.trim()) || (typeof e.id === 'string' && e.id) || `Entry ${i + 1}`;

type Moved = { doc: Record<string, unknown>; index: number };

interface ItemProps {
  store: Store;
  index: number;
  label: string;
  current: boolean;
  bad: boolean;
}

/** One entry of the list; it renders again only when what it shows changed (a file has up to thousands). */
class EntryItem extends Component<ItemProps> {
  shouldComponentUpdate(next: ItemProps) {
    const p = this.props;
    return next.label !== p.label || next.current !== p.current || next.bad !== p.bad || next.index !== p.index;
  }
  render({ store, index, label, current, bad }: ItemProps) {
    return (
      <li>
        <button
          type="button"
          class={current ? 'current' : ''}
          aria-current={current ? 'true' : undefined}
          onClick={() => (store.selected.value = { kind: 'entry', index })}
        >
          <span class="n" aria-hidden="true">
            {index + 1}
          </span>
          {label}
          {bad && <span class="badge"> (has problems)</span>}
        </button>
      </li>
    );
  }
}

/** Add, duplicate, move and delete, for the entry `current` (-1 for none). */
function ListActions({ store, current, go }: { store: Store; current: number; go: (r: Moved) => void }) {
  return (
    <div class="list-actions">
      <button
        type="button"
        onClick={() =>
          go(insertEntry(store.doc.value, { id: freeId(store.doc.value, 'new-entry'), question: '', answer: '' }))
        }
      >
        Add entry
      </button>
      <button type="button" disabled={current < 0} onClick={() => go(duplicateEntry(store.doc.value, current))}>
        Duplicate
      </button>
      <button
        type="button"
        disabled={current < 0}
        aria-label="Move up"
        onClick={() => go(moveEntry(store.doc.value, current, -1))}
      >
        ↑
      </button>
      <button
        type="button"
        disabled={current < 0}
        aria-label="Move down"
        onClick={() => go(moveEntry(store.doc.value, current, 1))}
      >
        ↓
      </button>
      <button
        type="button"
        class="danger"
        disabled={current < 0}
        onClick={() => {
          store.doc.value = removeEntry(store.doc.value, current);
          store.selected.value = { kind: 'entry', index: Math.max(0, current - 1) };
        }}
      >
        Delete
      </button>
    </div>
  );
}

/** The list of entries and the file settings. */
export function EntryList({ store }: { store: Store }) {
  const entries = entriesOf(store.doc.value);
  const selected = store.selected.value;
  const current = selected.kind === 'entry' ? selected.index : -1;
  const find = store.find.value.trim().toLowerCase();
  const bad = new Set(
    store.problems.value.flatMap((p) => {
      const m = /^entries\[(\d+)\]/.exec(p.path);
      return m && !p.message.startsWith('warning:') ? [Number(m[1])] : [];
    }),
  );
  const show = entries
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => !find || JSON.stringify(e).toLowerCase().includes(find));
  const go = (r: Moved) => {
    store.doc.value = r.doc;
    store.selected.value = { kind: 'entry', index: r.index };
  };
  return (
    <nav class="entries" aria-label="Entries">
      <ListActions store={store} current={current} go={go} />
      <label class="find">
        Find an entry
        <input type="search" value={store.find.value} onInput={(e) => (store.find.value = e.currentTarget.value)} />
      </label>
      <button
        type="button"
        class={`settings ${selected.kind === 'file' ? 'current' : ''}`}
        aria-current={selected.kind === 'file' ? 'true' : undefined}
        onClick={() => (store.selected.value = { kind: 'file' })}
      >
        File settings: title, greeting, booking link…
      </button>
      <ol class="entry-list">
        {show.map(({ e, i }) => (
          <EntryItem key={i} store={store} index={i} label={label(e, i)} current={i === current} bad={bad.has(i)} />
        ))}
      </ol>
    </nav>
  );
}
