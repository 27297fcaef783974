/** Improving the FAQ from real questions: paste them or load a file, Check, then add them where they belong. */
import { checkKnowledge } from '../../engine/knowledge/check';
import { check } from './actions';
import { Pairs } from './Pairs';
import { Report } from './Report';
import { readQuestions } from './sources';
import type { Store } from './store';

async function load(store: Store, input: HTMLInputElement) {
  const file = input.files?.[0];
  if (!file) return;
  try {
    const { texts, expected } = readQuestions(await file.text(), file.name, checkKnowledge(store.doc.value).knowledge);
    store.visitorText.value = texts.join('\n');
    store.expected.value = expected;
    store.status.value = `Loaded ${texts.length} question${texts.length === 1 ? '' : 's'} from ${file.name}${expected.size ? `, ${expected.size} with expected entries` : ''}.`;
  } catch (e) {
    store.status.value = `Could not load ${file.name}: ${(e as Error).message}`;
  }
  input.value = '';
}

/** The "Improve from real questions" panel. */
export function Improve({ store }: { store: Store }) {
  return (
    <section class="improve" aria-labelledby="improve-heading">
      <h2 id="improve-heading">Improve from real questions</h2>
      <div class="field">
        <label for="visitor-questions">Visitor questions</label>
        <p class="hint" id="visitor-hint">
          One per line: what visitors typed (for example from your analytics' faq-chat:unanswered events).
        </p>
        <textarea
          id="visitor-questions"
          rows={5}
          aria-describedby="visitor-hint"
          value={store.visitorText.value}
          onInput={(e) => (store.visitorText.value = e.currentTarget.value)}
        />
      </div>
      <div class="row">
        <button type="button" class="primary" disabled={store.checking.value} onClick={() => check(store)}>
          Check
        </button>
        <label class="file-button">
          Load questions from a file (.txt, cases .json or analytics .csv)
          <input
            type="file"
            accept=".txt,.json,.csv,text/plain,text/csv,application/json"
            onChange={(e) => load(store, e.currentTarget)}
          />
        </label>
      </div>
      <Report store={store} />
      <Pairs store={store} />
    </section>
  );
}
