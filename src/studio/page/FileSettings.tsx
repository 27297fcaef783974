/** The file's own fields: title, greeting, fallback, booking link, suggestions and synonyms. */
import { CtaFields } from './CtaFields';
import { commaList, lines, withField } from './edit';
import { joinList, ListField, TextField } from './fields';
import type { Store } from './store';

/** One synonym group per line, its words separated by commas. */
const groups = (text: string): string[][] => lines(text).map(commaList);

/** The editor of the file's settings. */
export function FileSettings({ store }: { store: Store }) {
  const doc = store.doc.value;
  const problems = store.problems.value;
  const set = (key: string) => (value: unknown) => {
    store.doc.value = withField(store.doc.value, key, value);
  };
  return (
    <section class="editor" aria-labelledby="file-heading">
      <h2 id="file-heading">File settings</h2>
      <TextField label="Title" path="title" problems={problems} value={doc.title} onInput={set('title')} />
      <TextField
        label="Greeting"
        path="greeting"
        problems={problems}
        value={doc.greeting}
        rows={2}
        onInput={set('greeting')}
      />
      <TextField
        label="Fallback"
        hint="What the widget says when it does not know."
        path="fallback"
        problems={problems}
        value={doc.fallback}
        rows={2}
        onInput={set('fallback')}
      />
      <CtaFields legend="Booking link" path="cta" value={doc.cta} problems={problems} onChange={set('cta')} />
      <ListField
        label="Suggestions"
        hint="Ids of entries offered as first questions, comma-separated."
        path="suggestions"
        problems={problems}
        value={doc.suggestions}
        parse={commaList}
        format={(v) => joinList(v, ', ')}
        comma
        onChange={set('suggestions')}
      />
      <ListField
        label="Synonyms"
        hint="One group per line, its words separated by commas, e.g. baa, business associate agreement."
        path="synonyms"
        problems={problems}
        value={doc.synonyms}
        parse={groups}
        format={(v) => (Array.isArray(v) ? v.map((g) => joinList(g, ', ')).join('\n') : '')}
        onChange={set('synonyms')}
      />
    </section>
  );
}
