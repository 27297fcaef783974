/** One entry's fields: question, alternates, answer (with its preview in the widget's markdown), keywords, follow-ups, booking link. */
import { Markdown } from '../../ui/Markdown';
import type { ValidationProblem } from '../../engine/types';
import { CtaFields } from './CtaFields';
import { editEntry, entriesOf, withField } from './edit';
import { binder, CommaListField, LineListField, TextField } from './fields';
import type { Store } from './store';

/** The answer and its preview, rendered by the widget's own Markdown component. */
function AnswerField(props: {
  path: string;
  problems: readonly ValidationProblem[];
  value: unknown;
  onChange: (v: string) => void;
}) {
  return (
    <div class="answer">
      <TextField label="Answer" rows={6} {...props} />
      <fieldset class="preview">
        <legend>Answer preview</legend>
        <div class="bubble">
          <Markdown text={typeof props.value === 'string' ? props.value : ''} />
        </div>
      </fieldset>
    </div>
  );
}

/** The editor of entry `index`. */
export function EntryEditor({ store, index }: { store: Store; index: number }) {
  const entry = entriesOf(store.doc.value)[index];
  if (!entry) return <p>No entry is selected. Choose one in the list, or add one.</p>;
  const set =
    (key: string, optional = true) =>
    (value: unknown) => {
      store.doc.value = editEntry(store.doc.value, index, (e) => withField(e, key, value, optional));
    };
  const bind = binder(store.problems.value, `entries[${index}]`, entry, set);
  return (
    <section class="editor" aria-labelledby="entry-heading">
      <h2 id="entry-heading">Entry {index + 1}</h2>
      <TextField label="Question" {...bind('question', false)} />
      <LineListField
        label="Alternates"
        hint="Other ways visitors ask it, one per line: the best way to make matching better."
        {...bind('alternates')}
      />
      <AnswerField {...bind('answer', false)} />
      <p class="hint">Markdown: **bold**, *italic*, lists with - or 1., [links](https://…).</p>
      <TextField label="Id" {...bind('id', false)} />
      <CommaListField label="Keywords" hint="Comma-separated." {...bind('keywords')} />
      <CommaListField label="Follow-ups" hint="Ids of related entries, comma-separated." {...bind('followUps')} />
      <CtaFields legend="This entry's booking link (optional)" {...bind('cta')} />
    </section>
  );
}
