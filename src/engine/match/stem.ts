/**
 * The Porter stemmer (M. F. Porter, 1980), so "shipping", "shipped" and "ships" meet at "ship".
 * Chosen over Porter2/Snowball for size: it is ~1 KB gzipped and good enough for FAQ vocabulary.
 */

/** Steps 2 and 3: a pattern matching the longest of a step's suffixes ("suffix:replacement,…"), and their replacements. */
const STEPS = [
  'ational:ate,tional:tion,enci:ence,anci:ance,izer:ize,bli:ble,alli:al,entli:ent,eli:e,ousli:ous,ization:ize,ation:ate,' +
    'ator:ate,alism:al,iveness:ive,fulness:ful,ousness:ous,aliti:al,iviti:ive,biliti:ble,logi:log',
  'icate:ic,ative:,alize:al,iciti:ic,ical:ic,ful:,ness:',
].map((list): [RegExp, Record<string, string>] => {
  const table = Object.fromEntries(list.split(',').map((p) => p.split(':')));
  // The shortest stem, so the longest suffix, whatever their order.
  return [new RegExp('^(.+?)(' + Object.keys(table).join('|') + ')$'), table];
});
// A vowel is a, e, i, o, u, or y after a consonant (an initial y is written Y, a consonant).
// Porter's m is how many vowel-consonant runs follow the leading consonants: m > 0 and m > 1.
const MGR0 = /^([^aeiou][^aeiouy]*)?[aeiouy][aeiou]*[^aeiou][^aeiouy]*/;
const MGR1 = /^([^aeiou][^aeiouy]*)?[aeiouy][aeiou]*[^aeiou][^aeiouy]*[aeiouy][aeiou]*[^aeiou][^aeiouy]*/;
const HAS_V = /[aeiou]|.y/;
/** Consonant-vowel-consonant at the end, the last not w, x or y. */
const CVC = /^[^aeiou][^aeiouy]*[aeiouy][^aeiouwxy]$/;

const cache = new Map<string, string>();

/** Reduce a lower-case English word to its Porter stem (memoised: the same words recur in every message). */
export function stem(word: string): string {
  let s = cache.get(word);
  if (s == undefined) {
    // Bounded so a flood of unique junk words cannot grow memory without limit.
    if (cache.size > 50_000) cache.clear();
    s = porter(word);
    cache.set(word, s);
  }
  return s;
}

function porter(word: string): string {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return word;
  // An initial y is a consonant: "Y" keeps the vowel patterns from taking it for one (the stem keeps its first letter).
  let w = word.replace(/^y/, 'Y').replace(/^(.+?)(?:(ss|i)es|([^s])s)$/, '$1$2$3');
  let m = /^(.+?)eed$/.exec(w);
  const ed = m ? null : /^(.+?)(ed|ing)$/.exec(w);
  if (m) {
    if (MGR0.test(m[1])) w = w.slice(0, -1);
  } else if (ed && HAS_V.test(ed[1])) {
    w = ed[1];
    if (/(at|bl|iz)$/.test(w)) w += 'e';
    else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
    else if (CVC.test(w)) w += 'e';
  }

  m = /^(.+?)y$/.exec(w);
  if (m && HAS_V.test(m[1])) w = m[1] + 'i';

  for (const [suffix, table] of STEPS) {
    m = suffix.exec(w);
    if (m && MGR0.test(m[1])) w = m[1] + table[m[2]];
  }

  m = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/.exec(w);
  const ion = m ? null : /^(.+?)(s|t)(ion)$/.exec(w);
  if (m) {
    if (MGR1.test(m[1])) w = m[1];
  } else if (ion && MGR1.test(ion[1] + ion[2])) {
    w = ion[1] + ion[2];
  }

  m = /^(.+?)e$/.exec(w);
  if (m) {
    const s = m[1];
    if (MGR1.test(s) || (MGR0.test(s) && !CVC.test(s))) w = s;
  }
  if (/ll$/.test(w) && MGR1.test(w)) w = w.slice(0, -1);

  return w.replace(/^Y/, 'y');
}
