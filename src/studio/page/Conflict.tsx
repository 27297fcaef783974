/** The file changed on disk since it was loaded: the difference, and the owner's choice. */
import { diffLines } from 'diff';
import { save } from './actions';
import { reload, type Store } from './store';
import { textOf } from './text';

/** Lines that differ, with a few around them; long unchanged runs shortened. */
function DiffView({ from, to }: { from: string; to: string }) {
  const parts = diffLines(from, to);
  return (
    <pre class="diff" title="Differences: lines starting with - are only on disk, lines with + only in your edits">
      {parts.map((p, k) => {
        const rows = p.value.replace(/\n$/, '').split('\n');
        if (!p.added && !p.removed) {
          const kept =
            rows.length > 6
              ? [...rows.slice(0, 2), `  … ${rows.length - 4} unchanged lines …`, ...rows.slice(-2)]
              : rows;
          return <span key={k}>{kept.map((r) => `  ${r}\n`).join('')}</span>;
        }
        return (
          <span key={k} class={p.added ? 'add' : 'del'}>
            {rows.map((r) => `${p.added ? '+' : '-'} ${r}\n`).join('')}
          </span>
        );
      })}
    </pre>
  );
}

/** The disk's text as the studio would write it, so the difference shows content, not indentation. */
function asWritten(store: Store, text: string): string {
  try {
    return textOf(JSON.parse(text), store.format);
  } catch {
    return text;
  }
}

/** Shown when Save found the file changed on disk (or the poll did). */
export function Conflict({ store }: { store: Store }) {
  const disk = store.conflict.value;
  if (!disk) return null;
  return (
    <section class="conflict" role="alertdialog" aria-labelledby="conflict-heading" aria-describedby="conflict-text">
      <h2 id="conflict-heading">The file changed on disk</h2>
      <p id="conflict-text">
        Someone or something changed {store.files.file} after you loaded it. Nothing was overwritten. Lines with - are
        only in the file on disk; lines with + only in your edits.
      </p>
      <DiffView from={asWritten(store, disk.text)} to={store.text.value} />
      <div class="row">
        <button type="button" onClick={() => save(store, true)}>
          Overwrite with my edits
        </button>
        <button type="button" onClick={() => reload(store, disk)}>
          Discard my edits and load the file from disk
        </button>
        <button type="button" onClick={() => (store.conflict.value = null)}>
          Keep editing
        </button>
      </div>
    </section>
  );
}
