/** A booking link's two fields (the file's `cta`, or an entry's own). */
import type { ValidationProblem } from '../../engine/types';
import { withField, type Json } from './edit';
import { binder, TextField } from './fields';

/** The label and URL of the `cta` at `path`; `onChange` gets the new object (empty when both are cleared). */
export function CtaFields(props: {
  legend: string;
  path: string;
  value: unknown;
  problems: readonly ValidationProblem[];
  onChange: (cta: Json) => void;
}) {
  const cta = (props.value && typeof props.value === 'object' ? props.value : {}) as Json;
  const bind = binder(props.problems, props.path, cta, (key) => (v) => props.onChange(withField(cta, key, v)));
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <TextField label="Booking button text" {...bind('label')} />
      <TextField label="Booking URL" {...bind('url')} placeholder="https://cal.com/you/intro" />
    </fieldset>
  );
}
