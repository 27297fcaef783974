import { describe, expect, it } from 'vitest';
import {
  addAlternate,
  duplicateEntry,
  editEntry,
  entriesOf,
  freeId,
  idFrom,
  moveEntry,
  removeEntry,
  withField,
  type Json,
} from './edit';
import { formatOf, textOf } from './text';

const doc = (): Json => ({
  'x-notes': 'mine',
  title: 'T',
  entries: [
    { id: 'a', question: 'A?', 'x-seen': 1, answer: 'a' },
    { id: 'b', question: 'B?', answer: 'b', alternates: ['bee'] },
  ],
});
const ids = (d: Json) => entriesOf(d).map((e) => e.id);

describe('studio edits', () => {
  it('keep unknown fields and key order, and put a new field last', () => {
    const d = editEntry(doc(), 0, (e) => withField(e, 'question', 'A again?'));
    expect(Object.keys(d)).toEqual(['x-notes', 'title', 'entries']);
    expect(Object.keys(entriesOf(d)[0])).toEqual(['id', 'question', 'x-seen', 'answer']);
    const k = editEntry(d, 0, (e) => withField(e, 'keywords', ['k']));
    expect(Object.keys(entriesOf(k)[0])).toEqual(['id', 'question', 'x-seen', 'answer', 'keywords']);
  });
  it('remove an optional field left empty, never a required one', () => {
    expect(entriesOf(editEntry(doc(), 1, (e) => withField(e, 'alternates', [])))[1]).not.toHaveProperty('alternates');
    expect(entriesOf(editEntry(doc(), 1, (e) => withField(e, 'question', '', false)))[1]).toHaveProperty(
      'question',
      '',
    );
  });
  it('add an alternate once, ignoring case', () => {
    const d = addAlternate(addAlternate(doc(), 1, 'Bees?'), 1, 'bees?');
    expect(entriesOf(d)[1].alternates).toEqual(['bee', 'Bees?']);
    expect(entriesOf(addAlternate(doc(), 0, 'x'))[0].alternates).toEqual(['x']);
  });
  it('duplicate with a fresh id, move and remove', () => {
    const { doc: d, index } = duplicateEntry(doc(), 0);
    expect(index).toBe(1);
    expect(ids(d)).toEqual(['a', 'a-copy', 'b']);
    const m = moveEntry(d, 0, 5);
    expect(ids(m.doc)).toEqual(['a-copy', 'b', 'a']);
    expect(m.index).toBe(2);
    expect(ids(removeEntry(d, 1))).toEqual(['a', 'b']);
  });
  it('make ids from questions that no entry uses', () => {
    expect(idFrom('Do you ship abroad, to Canada?')).toBe('do-you-ship-abroad-to');
    expect(freeId(doc(), 'a')).toBe('a-2');
    expect(freeId(doc(), 'c')).toBe('c');
  });
  it('write the text back with the indentation, final newline and line endings it was loaded with', () => {
    const text = '{\r\n    "title": "T",\r\n    "entries": []\r\n}\r\n';
    expect(textOf(JSON.parse(text), formatOf(text))).toBe(text);
    const tabs = '{\n\t"a": 1\n}';
    expect(textOf(JSON.parse(tabs), formatOf(tabs))).toBe(tabs);
  });
});
