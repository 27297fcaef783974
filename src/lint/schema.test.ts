import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTRY_KEYS } from './validate-entry';
import { TOP_KEYS, validateKnowledge } from './validate';

type Schema = {
  $ref?: string;
  type?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minItems?: number;
  minLength?: number;
  pattern?: string;
  description?: string;
  definitions?: Record<string, Schema>;
};
const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../knowledge/${path}`, import.meta.url), 'utf8'));
const schema = read('schema.json') as Schema;

const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/** A deliberately small draft-07 subset checker: $ref, type, required, properties, additionalProperties, items, minItems, minLength, pattern. */
function check(s: Schema, v: unknown, path = ''): string[] {
  if (s.$ref) return check(schema.definitions![s.$ref.replace('#/definitions/', '')], v, path);
  if (s.type && typeOf(v) !== s.type) return [`${path}: expected ${s.type}, got ${typeOf(v)}`];
  const errors: string[] = [];
  if (typeof v === 'string') {
    if (s.minLength !== undefined && v.length < s.minLength) errors.push(`${path}: shorter than ${s.minLength}`);
    if (s.pattern && !new RegExp(s.pattern, 'u').test(v)) errors.push(`${path}: does not match ${s.pattern}`);
  }
  if (Array.isArray(v)) {
    if (s.minItems !== undefined && v.length < s.minItems) errors.push(`${path}: fewer than ${s.minItems} items`);
    if (s.items) v.forEach((item, i) => errors.push(...check(s.items!, item, `${path}[${i}]`)));
  }
  if (typeOf(v) === 'object') {
    const o = v as Record<string, unknown>;
    for (const key of s.required ?? []) if (!(key in o)) errors.push(`${path}.${key}: required`);
    for (const [key, value] of Object.entries(o)) {
      const sub =
        s.properties?.[key] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
      if (sub) errors.push(...check(sub, value, `${path}.${key}`));
      else if (s.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
    }
  }
  return errors;
}

describe('knowledge/schema.json', () => {
  it('is draft-07 and lists exactly the keys the validator accepts', () => {
    expect(schema).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      additionalProperties: false,
      required: ['entries'],
    });
    expect(Object.keys(schema.properties!).sort()).toEqual([...TOP_KEYS].sort());
    expect(Object.keys(schema.definitions!.entry.properties!).sort()).toEqual([...ENTRY_KEYS].sort());
    expect(schema.definitions!.entry.required).toEqual(['id', 'question', 'answer']);
  });

  it('describes every property so editors can show help', () => {
    const missing: string[] = [];
    const walk = (s: Schema, path: string) => {
      for (const [key, sub] of Object.entries(s.properties ?? {})) {
        if (!sub.description) missing.push(`${path}.${key}`);
        walk(sub, `${path}.${key}`);
      }
    };
    walk(schema, '');
    for (const [name, def] of Object.entries(schema.definitions!)) walk(def, name);
    expect(missing).toEqual([]);
  });

  it('rejects what the validator rejects (the checker is not vacuous)', () => {
    const bad = {
      entries: [{ id: 'a b', question: '', answer: 'x', anwser: 'y', cta: { label: 'x', url: 'ftp://x' } }],
      synonyms: [['a']],
      colour: 1,
    };
    expect(check(schema, bad).sort()).toEqual([
      '.colour: not allowed',
      '.entries[0].anwser: not allowed',
      '.entries[0].cta.url: does not match ^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]\\S*$',
      '.entries[0].id: does not match ^\\S+$',
      '.entries[0].question: does not match \\S',
      '.entries[0].question: shorter than 1',
      '.synonyms[0]: fewer than 2 items',
    ]);
    expect(check(schema, { entries: [] })).toEqual(['.entries: fewer than 1 items']);
    expect(check(schema, {})).toEqual(['.entries: required']);
  });
});

describe('the default knowledge base knowledge/faq.json', () => {
  const faq = read('faq.json');

  it('passes validateKnowledge with no problem', () => {
    const r = validateKnowledge(faq);
    expect(r.problems).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('passes the structural check against schema.json', () => {
    expect(check(schema, faq)).toEqual([]);
  });
});
