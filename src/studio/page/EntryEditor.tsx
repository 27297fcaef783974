/** One entry's fields: question, alternates, answer (with its preview in the widget's markdown), keywords, follow-ups, booking link. */
import { Markdown } from '../../ui/Markdown';
import { commaList, editEntry, entriesOf, lines, withField, type Json } from './edit';
import { joinList, ListField, TextField } from './fields';
import type { Store } from './store';

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
  const cta = (entry.cta && typeof entry.cta === 'object' ? entry.cta : {}) as Json;
  const setCta = (key: string) => (value: string) => set('cta')(withField(cta, key, value));
  const answer = typeof entry.answer === 'string' ? entry.answer : '';
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
      <div class="answer">
        <TextField
          label="Answer"
          path={`${at}.answer`}
          problems={problems}
          value={entry.answer}
          rows={6}
          onInput={set('answer', false)}
        />
        <div class="preview" role="group" aria-label="Answer preview">
          <p class="preview-title" aria-hidden="true">
            Preview
          </p>
          <div class="bubble">
            <Markdown text={answer} />
          </div>
        </div>
      </div>
      <p class="hint">Markdown: **bold**, *italic*, lists with - or 1., [links](https://…).</p>
      <TextField label="Id" path={`${at}.id`} problems={problems} value={entry.id} onInput={set('id', false)} />
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
      <fieldset>
        <legend>This entry's booking link (optional)</legend>
        <TextField
          label="Booking button text"
          path={`${at}.cta.label`}
          problems={problems}
          value={cta.label}
          onInput={setCta('label')}
        />
        <TextField
          label="Booking URL"
          path={`${at}.cta.url`}
          problems={problems}
          value={cta.url}
          onInput={setCta('url')}
          placeholder="https://cal.com/you/intro"
        />
      </fieldset>
    </section>
  );
}
