/** Save, Build and Export, the file's state, and the latest outcome (read out to screen readers). */
import { loadFile } from './api';
import { build, exportJsonLd, save } from './actions';
import type { Store } from './store';

/** The bar at the top of the studio. */
export function Toolbar({ store }: { store: Store }) {
  const errors = store.problems.value.filter((p) => !p.message.startsWith('warning:')).length;
  const onDisk = store.changedOnDisk.value;
  return (
    <header class="toolbar">
      <h1>
        faq-chat studio <span class="file">{store.files.file}</span>
      </h1>
      <div class="row">
        <button type="button" class="primary" onClick={() => save(store)}>
          Save
        </button>
        <button type="button" onClick={() => build(store)}>
          Build
        </button>
        <button type="button" onClick={() => exportJsonLd(store)}>
          Export
        </button>
        <span class="state">
          {store.dirty.value ? 'Unsaved edits' : 'Saved'}
          {errors ? ` · ${errors} problem${errors === 1 ? '' : 's'}` : ' · no problems'}
        </span>
      </div>
      {onDisk && !store.conflict.value && (
        <p class="notice">
          The file changed on disk since you loaded it.{' '}
          <button
            type="button"
            onClick={async () => {
              const disk = await loadFile();
              store.conflict.value = { text: disk.text, hash: disk.hash };
            }}
          >
            Compare
          </button>
        </p>
      )}
      <p class="status" role="status">
        {store.status.value}
      </p>
    </header>
  );
}
