/** Labelled form fields that show the validation problems of their JSON path, as `faq-chat validate` words them. */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { ValidationProblem } from '../../engine/types';

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

/** The label, the control (given the ids it needs) and the problems under it. */
function Frame({
  label,
  path,
  problems,
  hint,
  control,
}: FieldProps & { control: (a: { id: string; describedBy?: string; invalid: boolean }) => ComponentChildren }) {
  const id = useId();
  const mine = problemsAt(problems, path);
  const ids = [hint && `${id}-hint`, mine.length && `${id}-problems`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {control({ id, describedBy: ids, invalid: mine.length > 0 })}
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
  props: FieldProps & { value: unknown; onInput: (v: string) => void; rows?: number; placeholder?: string },
) {
  const value = typeof props.value === 'string' ? props.value : props.value === undefined ? '' : String(props.value);
  return (
    <Frame
      {...props}
      control={({ id, describedBy, invalid }) => {
        const common = {
          id,
          value,
          placeholder: props.placeholder,
          'aria-describedby': describedBy,
          'aria-invalid': invalid || undefined,
          onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value),
        };
        return props.rows ? <textarea rows={props.rows} {...common} /> : <input type="text" {...common} />;
      }}
    />
  );
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
  return (
    <Frame
      {...props}
      control={({ id, describedBy, invalid }) => {
        const common = {
          id,
          value: draft,
          'aria-describedby': describedBy,
          'aria-invalid': invalid || undefined,
          onInput: (e: Event) => {
            const v = (e.currentTarget as HTMLTextAreaElement).value;
            setDraft(v);
            props.onChange(props.parse(v) as never);
          },
        };
        return props.comma ? (
          <input type="text" {...common} />
        ) : (
          <textarea rows={Math.min(8, Math.max(3, shown.split('\n').length + 1))} {...common} />
        );
      }}
    />
  );
}
