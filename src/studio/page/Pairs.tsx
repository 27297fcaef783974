/** Entries hard to tell apart (faq-chat build's check), each with what to change. */
import type { AskedPair } from '../../cli/close-pairs';
import { pairs } from './actions';
import { entriesOf } from './edit';
import type { Store } from './store';

function Pair({ p, open }: { p: AskedPair; open: (id: string) => void }) {
  return (
    <li>
      <p>
        <button type="button" class="link" onClick={() => open(p.id)}>
          {p.id}
        </button>{' '}
        and{' '}
        <button type="button" class="link" onClick={() => open(p.other)}>
          {p.other}
        </button>
        {p.shared.length > 0 && <> both use {p.shared.map((w) => `“${w}”`).join(', ')}</>}.
      </p>
      <ul>
        {p.confused.slice(0, 3).map((c) => (
          <li key={c.text}>
            “{c.text}” ({c.of}){' '}
            {c.answered ? `gets the answer of ${c.of === p.id ? p.other : p.id}` : 'gets “Did you mean” between them'}
          </li>
        ))}
      </ul>
      <p class="hint">
        What to change: give each entry alternates or keywords the other lacks
        {p.shared.length ? ', and keep the shared words out of one of them' : ''}; or merge them if they answer the same
        question.
      </p>
    </li>
  );
}

/** The "Hard to tell apart" section: a button, then the pairs found. */
export function Pairs({ store }: { store: Store }) {
  const found = store.pairs.value;
  const open = (id: string) => {
    const index = entriesOf(store.doc.value).findIndex((e) => e.id === id);
    if (index >= 0) store.selected.value = { kind: 'entry', index };
  };
  return (
    <section class="pairs-section" aria-labelledby="pairs-heading">
      <h3 id="pairs-heading">Hard to tell apart</h3>
      <p class="hint">Asks every question and alternate as the widget would, and lists the entries it confuses.</p>
      <button type="button" disabled={store.findingPairs.value} onClick={() => pairs(store)}>
        Find entries hard to tell apart
      </button>
      {found &&
        (found.pairs.length === 0 ? (
          <p>
            No two entries are confused: each entry's question and alternates get its own answer ({found.matching}).
          </p>
        ) : (
          <ul class="pairs">
            {found.pairs.map((p) => (
              <Pair key={`${p.id} ${p.other}`} p={p} open={open} />
            ))}
          </ul>
        ))}
    </section>
  );
}
