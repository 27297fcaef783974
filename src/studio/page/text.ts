/** The file's text: written back with the indentation and final newline it was loaded with. */
import type { Json } from './edit';

/** How a file was formatted. */
export interface Format {
  indent: string | number;
  newline: boolean;
  /** Windows line endings. */
  crlf: boolean;
}

/** The indentation of the first indented line (two spaces when there is none), and whether the text ends with a newline. */
export function formatOf(text: string): Format {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return { indent, newline: text.endsWith('\n'), crlf: text.includes('\r\n') };
}

/** `doc` as text in `format`. */
export function textOf(doc: Json, format: Format): string {
  const text = JSON.stringify(doc, null, format.indent) + (format.newline ? '\n' : '');
  return format.crlf ? text.replace(/\n/g, '\r\n') : text;
}
