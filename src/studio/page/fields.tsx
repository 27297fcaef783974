/** Labelled form fields that show the validation problems of their JSON path, as `faq-chat validate` words them. */
import { useEffect, useId, useState } from 'preact/hooks';
import type { ValidationProblem } from '../../engine/types';
import { commaList, lines, type Json } from './edit';

/** The problems at `path` or inside it (`entries[2].alternates` also gets `entries[2].alternates[0]`). */
export const problemsAt = (problems: readonly ValidationProblem[], path: string): ValidationProblem[] =>
  problems.filter((p) => p.path === path || p.path.startsWith(`${path}[`) || p.path.startsWith(`${path}.`));

interface FieldProps {
  label: string;
  /** The JSON path whose problems this field shows. */
  path: string;
  problems: readonly ValidationProblem[];
  hint?: string;
}

/**
 * Ties fields to the values of `obj`, found at JSON path `at` ("" for the file itself): `{...bind('title')}` gives a
 * field its path, the problems to show, its value and what to do with a new one (`set(key, optional)`).
 */
export const binder =
  (
    problems: readonly ValidationProblem[],
    at: string,
    obj: Json,
    set: (key: string, optional?: boolean) => (value: unknown) => void,
  ) =>
  (key: string, optional?: boolean) => ({
    path: at ? `${at}.${key}` : key,
    problems,
    value: obj[key],
    onChange: set(key, optional),
  });

/** What the text control shows and does: a text box (`rows` unset) or a text area of `rows` lines. */
interface TextProps {
  text: string;
  onText: (text: string) => void;
  rows?: number;
  placeholder?: string;
}

/** The label, the text control and the problems under it, tied together by ids for assistive technology. */
function Field({ label, path, problems, hint, text, onText, rows, placeholder }: FieldProps & TextProps) {
  const id = useId();
  const mine = problemsAt(problems, path);
  const ids = [hint && `${id}-hint`, mine.length && `${id}-problems`].filter(Boolean).join(' ') || undefined;
  const control = {
    id,
    value: text,
    placeholder,
    'aria-describedby': ids,
    'aria-invalid': mine.length > 0 || undefined,
    onInput: (e: Event) => onText((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {rows ? <textarea rows={rows} {...control} /> : <input type="text" {...control} />}
      {mine.length > 0 && (
        <ul class="problems" id={`${id}-problems`}>
          {mine.map((p) => (
            <li key={p.path + p.message} class={p.message.startsWith('warning:') ? 'warning' : 'error'}>
              <code>{p.path}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A one-line or multi-line text field. */
export function TextField(
  props: FieldProps & { value: unknown; onChange: (v: string) => void; rows?: number; placeholder?: string },
) {
  const text = typeof props.value === 'string' ? props.value : props.value === undefined ? '' : String(props.value);
  return <Field {...props} text={text} onText={props.onChange} />;
}

/** Items as typed: one per line, or comma-separated. */
export const joinList = (list: unknown, sep: string): string =>
  Array.isArray(list) ? list.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(sep) : '';

/**
 * A list typed one item per line (or comma-separated on one line). What the owner types is kept as typed while the
 * value it means is unchanged, so a new empty line or a trailing comma does not vanish mid-typing.
 */
export function ListField(
  props: FieldProps & {
    value: unknown;
    onChange: (v: never) => void;
    /** The value typed text means. */
    parse: (text: string) => unknown;
    /** The text of a value. */
    format: (value: unknown) => string;
    comma?: boolean;
  },
) {
  const shown = props.format(props.value);
  const [draft, setDraft] = useState(shown);
  const same = (a: string, b: string) => JSON.stringify(props.parse(a)) === JSON.stringify(props.parse(b));
  useEffect(() => {
    if (!same(draft, shown)) setDraft(shown);
  }, [shown]);
  const onText = (text: string) => {
    setDraft(text);
    props.onChange(props.parse(text) as never);
  };
  // Comma-separated lists fit on one line; the others grow with their lines, from 3 to 8.
  const rows = props.comma ? undefined : Math.min(8, Math.max(3, shown.split('\n').length + 1));
  return <Field {...props} text={draft} onText={onText} rows={rows} />;
}

/** What a list of strings typed one way or the other needs: its current value and what to do with a new one. */
type StringListProps = FieldProps & { value: unknown; onChange: (v: string[]) => void };

/** A list typed on one line, comma-separated (keywords, follow-ups, suggestions). */
export const CommaListField = (props: StringListProps) => (
  <ListField {...props} parse={commaList} format={(v) => joinList(v, ', ')} comma />
);

/** A list typed one item per line (alternate questions). */
export const LineListField = (props: StringListProps) => (
  <ListField {...props} parse={lines} format={(v) => joinList(v, '\n')} />
);
