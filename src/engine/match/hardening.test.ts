import { describe, expect, it } from 'vitest';
import { createMatcher } from './match';
import { words } from './normalize';

// Words that name Object.prototype members must be plain words, in visitor messages and in knowledge files.
const tricky = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf'];

describe('words that are also Object.prototype members', () => {
  it('are kept as words', () => {
    for (const w of tricky) expect(words(`what is ${w}`)).toContain(w.toLowerCase().replace(/_/g, '') || w);
  });

  it('never make matching throw', () => {
    const m = createMatcher({ entries: [{ id: 'price', question: 'How much does it cost?', answer: 'From €1.' }] });
    for (const w of tricky) expect(() => m.match(`what about the ${w}`)).not.toThrow();
    expect(() => m.match("{{constructor.constructor('alert(1)')()}}")).not.toThrow();
  });

  it('can appear in a knowledge file', () => {
    const kb = {
      entries: tricky.map((w) => ({ id: w, question: `What is a ${w}?`, answer: 'x', keywords: [w], alternates: [w] })),
    };
    expect(() => createMatcher(kb).match('constructor')).not.toThrow();
  });
});
