/** The studio's page: the toolbar, the entries, the editor, real questions, and the widget beside them. */
import { Conflict } from './Conflict';
import { EntryEditor } from './EntryEditor';
import { EntryList } from './EntryList';
import { FileSettings } from './FileSettings';
import { Improve } from './Improve';
import { Toolbar } from './Toolbar';
import type { Store } from './store';

/** Every problem in the file, each a link to the entry it concerns. */
function AllProblems({ store }: { store: Store }) {
  const problems = store.problems.value;
  if (!problems.length) return null;
  const go = (path: string) => {
    const m = /^entries\[(\d+)\]/.exec(path);
    store.selected.value = m ? { kind: 'entry', index: Number(m[1]) } : { kind: 'file' };
  };
  return (
    <details class="all-problems">
      <summary>
        {problems.length} problem{problems.length === 1 ? '' : 's'} in the file (as faq-chat validate lists them)
      </summary>
      <ul>
        {problems.slice(0, 200).map((p, k) => (
          <li key={k}>
            <button type="button" class="link" onClick={() => go(p.path)}>
              {p.path || '(the file)'}
            </button>
            : {p.message}
          </li>
        ))}
      </ul>
    </details>
  );
}

function Output({ store }: { store: Store }) {
  const out = store.output.value;
  if (!out) return null;
  return (
    <section class="output" aria-labelledby="output-heading">
      <h2 id="output-heading">{out.title}</h2>
      <pre>{out.text}</pre>
      <button type="button" onClick={() => (store.output.value = null)}>
        Close
      </button>
    </section>
  );
}

/** The whole page. `onOpenChat` opens the widget beside the editor. */
export function Studio({ store, onOpenChat }: { store: Store; onOpenChat: () => void }) {
  const selected = store.selected.value;
  return (
    <div class="studio">
      <Toolbar store={store} />
      <Conflict store={store} />
      <Output store={store} />
      <div class="columns">
        <EntryList store={store} />
        <main>
          <AllProblems store={store} />
          {selected.kind === 'file' ? (
            <FileSettings store={store} />
          ) : (
            <EntryEditor key={selected.index} store={store} index={selected.index} />
          )}
          <Improve store={store} />
        </main>
        <aside class="try" aria-labelledby="try-heading">
          <h2 id="try-heading">Try it</h2>
          <p>
            The real widget answers from your unsaved edits, by meaning once its sentence encoder has loaded (a few
            seconds after it opens).
          </p>
          <button type="button" onClick={onOpenChat}>
            Open the chat
          </button>
        </aside>
      </div>
    </div>
  );
}
