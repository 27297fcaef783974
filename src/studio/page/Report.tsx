/** A Check's outcome: per question what the visitor got and the best entries, and eval's figures. */
import type { CheckedMessage, Figures } from '../server/check';
import { addAsAlternate, draftEntry } from './actions';
import { entriesOf } from './edit';
import type { Store } from './store';

const ROWS: [keyof Figures, string][] = [
  ['correct', 'answered with the expected entry'],
  ['helpful', 'answered with or offering it'],
  ['wrong', 'answered with a wrong entry (keep low)'],
  ['declined', 'out-of-scope questions declined'],
  ['rank1', 'expected entry ranked first'],
];

function FiguresTable({ before, after }: { before?: Figures; after: Figures }) {
  return (
    <table class="figures">
      <caption>Eval's figures for the {after.cases} questions with expected entries</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">File as loaded</th>
          <th scope="col">With your edits</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([key, what]) => (
          <tr key={key}>
            <th scope="row">
              {key} <span class="hint">({what})</span>
            </th>
            <td>{before ? `${before[key]}%` : '–'}</td>
            <td>{`${after[key]}%`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function outcome(m: CheckedMessage, question: (id: string) => string): string {
  if (m.result.smallTalk) return 'Small talk (a friendly reply)';
  if (m.result.status === 'answer') return `Answered: “${question(m.result.id!)}”`;
  if (m.result.status === 'suggest')
    return `Did you mean: ${m.result.suggestions.map((id) => `“${question(id)}”`).join(', ')}`;
  return "I don't know";
}

function MessageRow({ store, m, n }: { store: Store; m: CheckedMessage; n: number }) {
  const entries = entriesOf(store.doc.value);
  const question = (id: string) => String(entries.find((e) => e.id === id)?.question || id);
  // No entry is proposed for a question that belongs to none: the owner names one, or drafts a new entry.
  const target = m.place ?? '';
  const selectId = `target-${n}`;
  const done = store.used.value.get(m.text);
  return (
    <li class={`checked status-${m.result.status}`}>
      <p class="q">“{m.text}”</p>
      <p>{outcome(m, question)}</p>
      {m.ranked.length > 0 && (
        <p class="hint">
          Best entries:{' '}
          {m.ranked.map((r) => `${r.id}${r.cosine !== undefined ? ` (${r.cosine.toFixed(2)})` : ''}`).join(', ')}
        </p>
      )}
      {done ? (
        <p class="done">✓ {done}</p>
      ) : (
        <div class="row">
          <label for={selectId}>Entry</label>
          <input id={selectId} type="text" list="entry-ids" defaultValue={target} placeholder="entry id" size={16} />
          <button
            type="button"
            onClick={() =>
              addAsAlternate(store, m.text, (document.getElementById(selectId) as HTMLInputElement).value.trim())
            }
          >
            Add as alternate
          </button>
          <button type="button" onClick={() => draftEntry(store, m.text)}>
            Draft new entry
          </button>
        </div>
      )}
    </li>
  );
}

/** The outcome of the latest Check. */
export function Report({ store }: { store: Store }) {
  const report = store.report.value;
  if (!report) return null;
  return (
    <div class="report">
      <p class="hint">Matching by {report.matching}. Check again after editing to see the effect.</p>
      {report.figures && <FiguresTable {...report.figures} />}
      <datalist id="entry-ids">
        {entriesOf(store.doc.value).map((e) => (
          <option key={String(e.id)} value={String(e.id)} />
        ))}
      </datalist>
      <h3>What visitors got</h3>
      <ol class="checked-list">
        {report.messages.map((m, n) => (
          <MessageRow key={m.text} store={store} m={m} n={n} />
        ))}
      </ol>
    </div>
  );
}
