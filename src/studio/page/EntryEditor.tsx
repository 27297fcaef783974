/** One entry's fields: question, alternates, answer (with its preview in the widget's markdown), keywords, follow-ups, booking link. */
import { Markdown } from '../../ui/Markdown';
import type { ValidationProblem } from '../../engine/types';
import { CtaFields } from './CtaFields';
import { commaList, editEntry, entriesOf, lines, withField, type Json } from './edit';
import { joinList, ListField, TextField } from './fields';
import type { Store } from './store';

/** The answer and its preview, rendered by the widget's own Markdown component. */
function AnswerField(props: {
  path: string;
  problems: readonly ValidationProblem[];
  value: unknown;
  onInput: (v: string) => void;
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

/** Keywords and follow-ups: comma-separated lists. */
function LinkFields({
  at,
  entry,
  problems,
  set,
}: {
  at: string;
  entry: Json;
  problems: readonly ValidationProblem[];
  set: (key: string) => (v: unknown) => void;
}) {
  return (
    <>
      <ListField
        label="Keywords"
        hint="Comma-separated."
        path={`${at}.keywords`}
        problems={problems}
        value={entry.keywords}
        parse={commaList}
        format={(v) => joinList(v, ', ')}
        comma
        onChange={set('keywords')}
      />
      <ListField
        label="Follow-ups"
        hint="Ids of related entries, comma-separated."
        path={`${at}.followUps`}
        problems={problems}
        value={entry.followUps}
        parse={commaList}
        format={(v) => joinList(v, ', ')}
        comma
        onChange={set('followUps')}
      />
    </>
  );
}

/** The editor of entry `index`. */
export function EntryEditor({ store, index }: { store: Store; index: number }) {
  const entry = entriesOf(store.doc.value)[index];
  if (!entry) return <p>No entry is selected. Choose one in the list, or add one.</p>;
  const problems = store.problems.value;
  const at = `entries[${index}]`;
  const set =
    (key: string, optional = true) =>
    (value: unknown) => {
      store.doc.value = editEntry(store.doc.value, index, (e) => withField(e, key, value, optional));
    };
  return (
    <section class="editor" aria-labelledby="entry-heading">
      <h2 id="entry-heading">Entry {index + 1}</h2>
      <TextField
        label="Question"
        path={`${at}.question`}
        problems={problems}
        value={entry.question}
        onInput={set('question', false)}
      />
      <ListField
        label="Alternates"
        hint="Other ways visitors ask it, one per line: the best way to make matching better."
        path={`${at}.alternates`}
        problems={problems}
        value={entry.alternates}
        parse={lines}
        format={(v) => joinList(v, '\n')}
        onChange={set('alternates')}
      />
      <AnswerField path={`${at}.answer`} problems={problems} value={entry.answer} onInput={set('answer', false)} />
      <p class="hint">Markdown: **bold**, *italic*, lists with - or 1., [links](https://…).</p>
      <TextField label="Id" path={`${at}.id`} problems={problems} value={entry.id} onInput={set('id', false)} />
      <LinkFields at={at} entry={entry} problems={problems} set={set} />
      <CtaFields
        legend="This entry's booking link (optional)"
        path={`${at}.cta`}
        value={entry.cta}
        problems={problems}
        onChange={set('cta')}
      />
    </section>
  );
}
