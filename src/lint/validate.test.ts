import { describe, expect, it } from 'vitest';
import { writeIndex } from '../build/compile-index';
import type { CompiledData } from '../engine/types';
import { formatProblems, validateKnowledge } from './validate';

const entry = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  question: `Question ${id}?`,
  answer: `Answer ${id}.`,
  ...extra,
});
const kb = (extra: Record<string, unknown> = {}, entries: unknown[] = [entry('a'), entry('b')]) => ({
  ...extra,
  entries,
});
const problems = (json: unknown) => validateKnowledge(json).problems;
const paths = (json: unknown) => problems(json).map((p) => p.path);

describe('validateKnowledge', () => {
  it('accepts a minimal file and a full one unchanged', () => {
    const full = kb(
      {
        $schema: './schema.json',
        title: 'T',
        greeting: 'Hi',
        fallback: 'No idea',
        locale: 'en-GB',
        cta: { label: 'Book', url: 'https://cal.com/x' },
        suggestions: ['a'],
        synonyms: [['baa', 'business associate agreement']],
        strings: { send: 'Send' },
        smallTalk: { greeting: 'Hello!' },
      },
      [
        entry('a', {
          alternates: ['alt'],
          keywords: ['kw'],
          followUps: ['b'],
          cta: { label: 'Call', url: 'http://x.org/y' },
        }),
        entry('b'),
      ],
    );
    const r = validateKnowledge(full);
    // The usable part is what the widget uses: everything but the editor's $schema.
    const { $schema, ...used } = full as Record<string, unknown>;
    expect($schema).toBe('./schema.json');
    expect(r).toEqual({ valid: true, problems: [], knowledge: used });
    expect(validateKnowledge(kb()).valid).toBe(true);
  });

  it.each([null, 3, 'text', [], true, undefined])('rejects a non-object root (%j) at path ""', (json) => {
    const r = validateKnowledge(json);
    expect(r.valid).toBe(false);
    expect(r.knowledge).toBeNull();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].path).toBe('');
    expect(r.problems[0].message).toMatch(/JSON object/);
  });

  it('reports missing, empty and mistyped entries', () => {
    expect(problems({})).toEqual([{ path: 'entries', message: expect.stringMatching(/^is missing/) }]);
    expect(problems({ entries: [] })).toEqual([
      { path: 'entries', message: expect.stringMatching(/at least one entry/) },
    ]);
    expect(problems({ entries: {} })[0]).toEqual({
      path: 'entries',
      message: 'must be an array of entries (got an object)',
    });
    expect(problems({ entries: [5] })[0]).toEqual({
      path: 'entries[0]',
      message: expect.stringMatching(/must be an object .*\(got 5\)/),
    });
  });

  it('reports missing, wrongly typed and blank required fields with the expected type and what was found', () => {
    const r = validateKnowledge(
      kb({}, [entry('a'), { id: 'b', question: 42 }, { id: 'c', question: '  ', answer: '' }]),
    );
    expect(formatProblems(r.problems).split('\n')).toEqual([
      'entries[1].question: must be a non-empty string (got 42)',
      'entries[1].answer: is missing: add the answer text (markdown)',
      'entries[2].question: must be a non-empty string (got "  ")',
      'entries[2].answer: must be a non-empty string (got "")',
    ]);
    expect(r.knowledge?.entries.map((e) => e.id)).toEqual(['a']);
  });

  it('reports a duplicate id naming the first entry that used it, and drops the duplicate', () => {
    const r = validateKnowledge(kb({}, [entry('a'), entry('b'), entry('a')]));
    expect(r.problems).toEqual([
      { path: 'entries[2].id', message: expect.stringContaining('entries[0] already uses it') },
    ]);
    expect(r.knowledge?.entries).toHaveLength(2);
  });

  it('rejects ids that are not non-empty strings, and warns about (but keeps, as the widget does) ids with whitespace', () => {
    const r = validateKnowledge(
      kb({}, [entry('a'), { ...entry('x'), id: 7 }, { ...entry('x'), id: '' }, entry('my id')]),
    );
    expect(r.problems.map((p) => p.path)).toEqual(['entries[1].id', 'entries[2].id', 'entries[3].id']);
    expect(r.problems[2].message).toMatch(/^warning: .*"my-id"/);
    expect(r.problems.map((p) => p.severity)).toEqual([undefined, undefined, 'warning']);
    expect(r.knowledge?.entries.map((e) => e.id)).toEqual(['a', 'my id']);
  });

  it('reports unknown followUps and suggestions with a did-you-mean, and removes them', () => {
    const r = validateKnowledge(
      kb({ suggestions: ['pricng', 'zzz', 'pricing'] }, [
        entry('pricing', { followUps: ['timeline', 'pricing'] }),
        entry('timline'),
      ]),
    );
    expect(formatProblems(r.problems).split('\n')).toEqual([
      'suggestions[0]: no entry has the id "pricng" — did you mean "pricing"?',
      'suggestions[1]: no entry has the id "zzz"; check the spelling or remove it',
      'entries[0].followUps[0]: no entry has the id "timeline" — did you mean "timline"?',
      'entries[0].followUps[1]: "pricing" is this entry\'s own id; follow-ups should lead to other entries',
    ]);
    expect(r.knowledge?.suggestions).toEqual(['pricing']);
    expect(r.knowledge?.entries[0].followUps).toEqual([]);
  });

  it('removes references to entries that were dropped as invalid, without a second report', () => {
    const r = validateKnowledge(
      kb({ suggestions: ['b'] }, [entry('a', { followUps: ['b'] }), { id: 'b', question: 'q' }]),
    );
    expect(r.problems.map((p) => p.path)).toEqual(['entries[1].answer']);
    expect(r.knowledge?.suggestions).toEqual([]);
    expect(r.knowledge?.entries[0].followUps).toEqual([]);
  });

  it.each(['ftp://x.org', 'cal.com/me', '/book', 'https://', 'javascript:alert(1)', 'https://exa mple.com', 42])(
    'rejects the CTA URL %j at top level and in entries',
    (url) => {
      const r = validateKnowledge(kb({ cta: { label: 'Book', url } }, [entry('a', { cta: { label: 'Book', url } })]));
      expect(r.problems.map((p) => p.path)).toEqual(['cta.url', 'entries[0].cta.url']);
      expect(r.problems[0].message).toMatch(/absolute http\(s\) URL/);
      expect(r.knowledge?.cta).toBeUndefined();
      expect(r.knowledge?.entries[0].cta).toBeUndefined();
    },
  );

  it('checks the CTA shape: object, label, url, no other keys', () => {
    expect(paths(kb({ cta: 'https://x.org' }))).toEqual(['cta']);
    expect(paths(kb({ cta: { url: 'https://x.org' } }))).toEqual(['cta.label']);
    expect(problems(kb({ cta: { label: 'Book', url: 'https://x.org', href: 'x' } }))).toEqual([
      { path: 'cta.href', message: 'unknown key "href"; allowed keys: label, url' },
    ]);
  });

  it('warns about markdown links with schemes other than http(s), mailto and tel', () => {
    const r = validateKnowledge(
      kb({ fallback: '[x](data:text/html,hi)' }, [
        entry('a', { answer: 'See [docs](javascript:alert(1)) or [mail](mailto:a@b.c) or [page](/about)' }),
      ]),
    );
    expect(r.problems.map((p) => p.path)).toEqual(['fallback', 'entries[0].answer', 'entries[0].answer']);
    expect(r.problems.map((p) => p.message.slice(0, 36))).toEqual([
      'warning: the link target "data:text/',
      'warning: the link target "javascript',
      'warning: the link target "/about" wi',
    ]);
    expect(r.problems[1].message).toContain('"javascript:alert(1)"');
    expect(r.knowledge?.entries).toHaveLength(1);
  });

  it.each([
    ['anwser', 'answer'],
    ['alternate', 'alternates'],
    ['follow_ups', 'followUps'],
    ['Question', 'question'],
    ['keyword', 'keywords'],
  ])('suggests %s → %s for an unknown entry key', (typo, fix) => {
    expect(problems(kb({}, [entry('a', { [typo]: 'x' })]))).toEqual([
      { path: `entries[0].${typo}`, message: `unknown key "${typo}" — did you mean "${fix}"?` },
    ]);
  });

  it('reports unknown top-level keys with a suggestion or the allowed list, and allows $schema', () => {
    expect(problems(kb({ synonym: [], $schema: 'x' }))[0].message).toBe(
      'unknown key "synonym" — did you mean "synonyms"?',
    );
    expect(problems(kb({ colour: 'red' }))[0].message).toMatch(/^unknown key "colour"; allowed keys: \$schema, title/);
    expect(problems(kb({ 'odd key': 1 }))[0].path).toBe('["odd key"]');
  });

  it('treats prototype-pollution keys as unknown keys and never pollutes', () => {
    const json = JSON.parse(
      '{"__proto__": {"polluted": 1}, "entries": [{"id": "a", "question": "q", "answer": "a", "__proto__": {"polluted": 2}, "constructor": 1}], "strings": {"__proto__": "x", "ok": "y"}}',
    );
    const r = validateKnowledge(json);
    expect(r.problems.map((p) => p.path)).toEqual([
      '__proto__',
      'entries[0].__proto__',
      'entries[0].constructor',
      'strings.__proto__',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.knowledge)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(r.knowledge?.strings)).toBe(Object.prototype);
    expect(r.knowledge?.strings?.ok).toBe('y');
  });

  it('checks synonyms: an array of arrays of at least 2 non-empty strings', () => {
    expect(paths(kb({ synonyms: 'baa' }))).toEqual(['synonyms']);
    const r = validateKnowledge(kb({ synonyms: [['a', 'b'], ['c'], 'd', ['e', ''], ['f', 'g', 3]] }));
    expect(r.problems.map((p) => p.path)).toEqual(['synonyms[1]', 'synonyms[2]', 'synonyms[3][1]', 'synonyms[4][2]']);
    expect(r.knowledge?.synonyms).toEqual([
      ['a', 'b'],
      ['f', 'g'],
    ]);
  });

  it('checks alternates and keywords item by item', () => {
    const r = validateKnowledge(kb({}, [entry('a', { alternates: ['ok', '', null], keywords: 'kw' })]));
    expect(r.problems.map((p) => p.path)).toEqual([
      'entries[0].alternates[1]',
      'entries[0].alternates[2]',
      'entries[0].keywords',
    ]);
    expect(r.knowledge?.entries[0].alternates).toEqual(['ok']);
    expect(r.knowledge?.entries[0].keywords).toBeUndefined();
  });

  it('checks strings and smallTalk values are strings and smallTalk kinds are known', () => {
    expect(problems(kb({ strings: { send: 3 }, smallTalk: { greetings: 'Hi', bye: false } }))).toEqual([
      { path: 'strings.send', message: 'must be a string (got 3)' },
      { path: 'smallTalk.greetings', message: 'unknown key "greetings" — did you mean "greeting"?' },
      { path: 'smallTalk.bye', message: 'must be a string (got false)' },
    ]);
    expect(paths(kb({ strings: [] }))).toEqual(['strings']);
  });

  it.each([['english'], ['e'], ['en GB'], [3]])('rejects the locale %j', (locale) => {
    expect(paths(kb({ locale }))).toEqual(['locale']);
  });

  it('suggests the hyphenated form of an underscore locale and accepts valid tags', () => {
    expect(problems(kb({ locale: 'en_GB' }))[0].message).toContain('did you mean "en-GB"?');
    for (const locale of ['en', 'de', 'pt-BR', 'zh-Hant-TW', 'es-419'])
      expect(validateKnowledge(kb({ locale })).valid).toBe(true);
  });

  it('drops invalid optional top-level fields but keeps the rest usable', () => {
    const r = validateKnowledge(kb({ title: 5, greeting: '' }));
    expect(r.valid).toBe(false);
    expect(r.knowledge).toEqual(kb());
  });

  it('reports problems in document order', () => {
    const json = JSON.parse(
      '{"zzz": 1, "entries": [{"answer": "", "id": "a b", "question": "q"}], "cta": 3, "title": ""}',
    );
    expect(paths(json)).toEqual(['zzz', 'entries[0].answer', 'entries[0].id', 'cta', 'title']);
  });

  it('returns knowledge null when no valid entry remains', () => {
    const r = validateKnowledge({ entries: [{ id: 'a' }] });
    expect(r.knowledge).toBeNull();
    expect(r.problems.map((p) => p.path)).toEqual(['entries[0].question', 'entries[0].answer']);
  });

  it('never throws, even on deep nesting or hostile objects', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(validateKnowledge({ entries: [entry('a', { alternates: deep })] }).problems[0].path).toBe(
      'entries[0].alternates[0]',
    );
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('nope');
        },
      },
    );
    expect(validateKnowledge(hostile)).toEqual({
      valid: false,
      knowledge: null,
      problems: [{ path: '', message: expect.stringContaining('nope') }],
    });
    expect(validateKnowledge({ entries: [entry('a', { cta: Symbol('s'), keywords: [10n] })] }).problems).toHaveLength(
      2,
    );
  });

  it('stays linear on absurd input: 100k broken entries with dangling references', () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => ({
      id: `entry-${i}`,
      question: 'q',
      answer: '',
      followUps: [`missing-${i}`],
      anwser: 1,
    }));
    const r = validateKnowledge({ entries });
    expect(r.problems).toHaveLength(300_000);
    expect(r.knowledge).toBeNull();
  });
});

describe('formatProblems', () => {
  it('prints one "path: message" line per problem, and the bare message for the root', () => {
    expect(
      formatProblems([
        { path: 'entries[3].answer', message: 'must be a non-empty string (got "")' },
        { path: '', message: 'whole file' },
      ]),
    ).toBe('entries[3].answer: must be a non-empty string (got "")\nwhole file');
  });
});

describe('validateKnowledge: the compiled block', () => {
  const entries = [
    { id: 'a', question: 'Q?', answer: 'A.' },
    { id: 'b', question: 'R?', answer: 'B.' },
  ];
  const compiled = (block: unknown) => validateKnowledge({ entries, compiled: block });

  it('accepts a version 1 block whose expansions are word lists keyed by existing ids', () => {
    const r = compiled({ version: 1, generator: 'faq-chat 0.1.0', expansions: { a: ['buy', 'acquire'] } });
    expect(r.problems).toEqual([]);
    expect(r.knowledge?.compiled).toEqual({
      version: 1,
      generator: 'faq-chat 0.1.0',
      expansions: { a: ['buy', 'acquire'] },
    });
  });

  it('reports a stale id (with the likely rename), drops it and says to rebuild', () => {
    const r = compiled({ version: 1, generator: 'g', expansions: { c: ['x'], b: ['y'] } });
    expect(r.valid).toBe(false);
    expect(r.problems).toEqual([
      {
        path: 'compiled.expansions.c',
        message: expect.stringMatching(
          /no entry has the id "c" \(did you rename "[ab]"\?\): the compiled block is out of date; run `faq-chat build` again/,
        ),
      },
    ]);
    // The widget looks expansions up by entry id, so the stale one is never read.
    expect(r.knowledge?.compiled?.expansions).toEqual({ c: ['x'], b: ['y'] });
  });

  it('refuses another version, wrong types and unknown keys, naming each path', () => {
    const r = compiled({ version: 2, generator: '', expansions: { a: 'buy', b: [3] }, extra: true });
    expect(r.problems.map((p) => p.path)).toEqual([
      'compiled.version',
      'compiled.generator',
      'compiled.expansions.a',
      'compiled.expansions.b[0]',
      'compiled.extra',
    ]);
    expect(r.problems[0].message).toContain('must be 1, the only compiled format this widget reads (got 2)');
    expect(r.knowledge?.compiled).toBeUndefined();
    expect(compiled('x').problems[0]).toEqual({
      path: 'compiled',
      message: expect.stringContaining('must be an object written by `faq-chat build`'),
    });
    expect(compiled({ version: 1 }).problems.map((p) => p.path)).toEqual(['compiled.generator', 'compiled.expansions']);
  });

  describe('its search index', () => {
    const kb = {
      entries: [
        { id: 'a', question: 'Can I get a refund?', answer: 'Refunds take five days.' },
        { id: 'b', question: 'How long is shipping?', answer: 'Two days.' },
      ],
      synonyms: [['refund', 'money back']],
    };
    const block = (index: unknown) => ({ version: 1, generator: 'g', expansions: {}, index });
    const fresh = writeIndex({ ...kb, compiled: block(undefined) as CompiledData });
    const problemsWith = (index: unknown, edit: Partial<typeof kb> = {}) =>
      validateKnowledge({ ...kb, ...edit, compiled: block(index) });

    it('passes when it is what `faq-chat build` writes for these entries, and is kept for the matcher', () => {
      const r = problemsWith(JSON.parse(JSON.stringify(fresh)));
      expect(r.problems).toEqual([]);
      expect(r.knowledge?.compiled?.index).toEqual(fresh);
    });

    it('warns, and drops it, when the entries or synonyms changed after the build', () => {
      for (const edit of [
        { entries: [{ ...kb.entries[0], question: 'Can I get a refund today?' }, kb.entries[1]] },
        { synonyms: [['refund', 'repayment']] },
      ]) {
        const r = problemsWith(fresh, edit);
        expect(r.problems).toEqual([
          {
            severity: 'warning',
            path: 'compiled.index',
            message: expect.stringMatching(/^warning: the search index is out of date: .* run `faq-chat build` again/),
          },
        ]);
        expect(r.knowledge?.compiled?.index).toBeUndefined();
      }
    });

    it('warns when it was made by another analyser version or is not an object', () => {
      expect(problemsWith({ ...fresh, v: 0 }).problems[0].message).toMatch(
        /^warning: the search index was made by a faq-chat with another text analyser \(version 0, this one reads \d+\)/,
      );
      expect(problemsWith([1, 2]).problems[0].message).toMatch(
        /^warning: must be the search index `faq-chat build` writes, an object \(got an array/,
      );
    });

    it('warns that the widget ignores it when a field is cut short (the widget once scored such an index NaN)', () => {
      const r = problemsWith({ ...fresh, a: fresh.a.slice(1) });
      expect(r.problems).toEqual([
        {
          severity: 'warning',
          path: 'compiled.index',
          message: expect.stringMatching(/^warning: the search index is damaged .* the widget ignores it/),
        },
      ]);
      expect(r.knowledge?.compiled?.index).toBeUndefined();
    });

    it('warns when its content does not match the entries though its fingerprint does (edited by hand)', () => {
      const r = problemsWith({ ...fresh, p: fresh.p.map((list, k) => (k ? list : [...list, 4])) });
      expect(r.problems).toEqual([
        {
          path: 'compiled.index',
          message: expect.stringContaining('the search index does not match the entries'),
          severity: 'warning',
        },
      ]);
      expect(r.knowledge?.compiled?.index).toBeUndefined();
    });
  });

  it('reports nothing about the expansions of an entry that is dropped as invalid', () => {
    const r = validateKnowledge({
      entries: [...entries, { id: 'c', question: 'S?' }],
      compiled: { version: 1, generator: 'g', expansions: { c: ['x'] } },
    });
    expect(r.problems.map((p) => p.path)).toEqual(['entries[2].answer']);
    expect(r.knowledge?.entries.map((e) => e.id)).toEqual(['a', 'b']);
  });
});
