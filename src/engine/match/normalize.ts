/** Text normalisation shared by knowledge entries and visitor messages. */

// Chat shorthand and contractions, expanded before stop words are removed so "cant" and "can't" both keep their "not".
// A Map, not an object: "constructor" is a word, not Object.prototype.constructor.
export const SHORTHAND = new Map(
  (
    'u:you,ur:your,r:are,y:why,pls:please,plz:please,thx:thanks,ty:thank you,wanna:want to,gonna:going to,gotta:got to,' +
    'dunno:do not know,cant:can not,wont:will not,im:i am,ive:i have,info:information,asap:as soon as possible,w:with,' +
    'b4:before,2day:today,tmrw:tomorrow,abt:about,acct:account,msg:message,ppl:people'
  )
    .split(',')
    .map((p) => p.split(':') as [string, string]),
);
// "dont" is "do not", "shouldnt" "should not", …
for (const w of 'do does did is are was have has should would could'.split(' ')) SHORTHAND.set(w + 'nt', w + ' not');

/** Lower-case, strip accents, unify apostrophes and expand contractions; punctuation becomes space. */
export function normalize(text: string): string {
  // Invisible characters inside a word (zero-width space, soft hyphen) are removed, not turned into a break.
  let t = text.toLowerCase().replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
  // The slow steps only run when the text needs them: most FAQ text is plain ASCII without apostrophes.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range starts at \x00
  if (/[^\x00-\x7f]/.test(t))
    t = t
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019\u02bc`´]/g, "'");
  if (t.includes("'")) {
    t = t
      .replace(/\bcan't\b/g, 'can not')
      .replace(/\bwon't\b/g, 'will not')
      .replace(/n't\b/g, ' not')
      .replace(/'(re|ve|ll|d|m)\b/g, ' $1')
      .replace(/'s\b/g, '');
  }
  return t.replace(/[^\p{L}\p{N}%$]+/gu, ' ').trim();
}

/** Split normalised text into words, expanding chat shorthand. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const w of normalize(text).split(' ')) {
    const s = SHORTHAND.get(w);
    if (s) out.push(...s.split(' '));
    else if (w) out.push(w);
  }
  return out;
}
