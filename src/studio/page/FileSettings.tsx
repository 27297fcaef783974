/** The file's own fields: title, greeting, fallback, booking link, suggestions and synonyms. */
import { CtaFields } from './CtaFields';
import { commaList, lines, withField } from './edit';
import { binder, CommaListField, joinList, ListField, TextField } from './fields';
import type { Store } from './store';

/** One synonym group per line, its words separated by commas. */
const groups = (text: string): string[][] => lines(text).map(commaList);

/** The editor of the file's settings. */
export function FileSettings({ store }: { store: Store }) {
  const doc = store.doc.value;
  const bind = binder(store.problems.value, '', doc, (key) => (value) => {
    store.doc.value = withField(store.doc.value, key, value);
  });
  return (
    <section class="editor" aria-labelledby="file-heading">
      <h2 id="file-heading">File settings</h2>
      <TextField label="Title" {...bind('title')} />
      <TextField label="Greeting" rows={2} {...bind('greeting')} />
      <TextField label="Fallback" hint="What the widget says when it does not know." rows={2} {...bind('fallback')} />
      <CtaFields legend="Booking link" {...bind('cta')} />
      <CommaListField
        label="Suggestions"
        hint="Ids of entries offered as first questions, comma-separated."
        {...bind('suggestions')}
      />
      <ListField
        label="Synonyms"
        hint="One group per line, its words separated by commas, e.g. baa, business associate agreement."
        {...bind('synonyms')}
        parse={groups}
        format={(v) => (Array.isArray(v) ? v.map((g) => joinList(g, ', ')).join('\n') : '')}
      />
    </section>
  );
}
