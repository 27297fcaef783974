/** The knowledge-base format site owners write (see knowledge/schema.json). */

/** A call to action: the booking link shown with every answer. */
export interface Cta {
  /** Button text, e.g. "Book a free call". */
  label: string;
  /** http(s) URL of the booking page (Calendly, Cal.com, …). */
  url: string;
}

/** One question/answer pair. */
export interface Entry {
  /** Stable identifier, unique in the file; used by followUps, suggestions and eval cases. */
  id: string;
  /** The question as the site owner would phrase it; shown on chips. */
  question: string;
  /** The answer, in the safe markdown subset (paragraphs, **bold**, *italic*, lists, links). */
  answer: string;
  /** Other phrasings visitors use for the same question. */
  alternates?: string[];
  /** Extra words that point at this entry. */
  keywords?: string[];
  /** Ids of related entries offered as next questions. */
  followUps?: string[];
  /** Overrides the top-level call to action for this entry. */
  cta?: Cta;
}

/** UI texts a site owner may override (English defaults live in the widget). */
export type UiStrings = Record<string, string>;

/** Friendly replies to small talk, keyed by kind. */
export type SmallTalkReplies = Partial<Record<SmallTalkKind, string>>;

/** The kinds of small talk the matcher recognises. */
export type SmallTalkKind = 'greeting' | 'thanks' | 'bot' | 'bye';

/** A whole knowledge file. */
export interface KnowledgeBase {
  $schema?: string;
  /** Shown in the widget's header. */
  title?: string;
  /** First message shown when the panel opens. */
  greeting?: string;
  /** What to say when nothing matches. */
  fallback?: string;
  /** Entry ids offered as starter questions. */
  suggestions?: string[];
  /** The default call to action (booking link). */
  cta?: Cta;
  /** Site-specific word groups that mean the same, e.g. ["baa", "business associate agreement"]. */
  synonyms?: string[][];
  /** BCP 47 language tag of the entries, e.g. "en" or "en-GB". */
  locale?: string;
  /** Overrides for UI strings. */
  strings?: UiStrings;
  /** Overrides for small-talk replies. */
  smallTalk?: SmallTalkReplies;
  /** The question/answer pairs. */
  entries: Entry[];
  /** Added by `faq-chat build`; never written by hand. */
  compiled?: CompiledData;
}

/** Work `faq-chat build` does once in Node so that visitors' browsers need not. */
export interface CompiledData {
  /** Format version of this block (1). */
  version: 1;
  /** The tool that wrote it, e.g. "faq-chat 0.1.0". */
  generator: string;
  /** Per entry id: extra words visitors may use for it (e.g. WordNet synonyms), matched as weak evidence. */
  expansions: Record<string, string[]>;
  /** The search index of the entries, precomputed so the widget need not analyse their text (ignored when stale). */
  index?: CompiledIndex;
  /** Sentence vectors of each entry's phrasings, so the widget's encoder only has to encode the visitor's message (ignored when stale or from another model). */
  vectors?: CompiledVectors;
}

/** Stored entry vectors (see src/engine/semantic/stored.ts). */
export interface CompiledVectors {
  /** Fingerprint of the model that made them. */
  m: string;
  /** Fingerprint of the entries they were made from: the index's `h` and every answer's text. */
  h: number;
  /** Values per vector. */
  d: number;
  /** Per entry: base64 of its phrasings' vectors, question first, 4 bits per value (two a byte, each value + 8). */
  v: string[];
  /** Per entry: base64 of its answer's vector (semantic/answer-text.ts), stored as `v`'s. */
  a: string[];
  /** This base's calibrated scope threshold (src/engine/calibrate/calibration.ts), measured on these vectors. */
  calibration?: StoredCalibration;
}

/** A calibration as `faq-chat build` stores it (src/engine/calibrate/calibration.ts). */
export interface StoredCalibration {
  /** The best cosine to any phrasing at which a message is in scope. */
  scope: number;
  /** The scope score (the best cosine less a share of the best cosine to the off-topic corpus) well below which it is off-topic. */
  scoreScope: number;
  /** The version of the calibration's method and corpus that measured it (CALIBRATION_VERSION). */
  version: number;
}

/** The precomputed search index (see src/engine/index-format.ts); its keys are short because the widget spells each one. */
export interface CompiledIndex {
  /** The analyser version it was made with (ANALYZER_VERSION). */
  v: number;
  /** Fingerprint of the synonyms and entries it was made from. */
  h: number;
  /** The terms (stems, and "#group" concepts). */
  t: string[];
  /** Per term: its entries, each as (gap to the previous entry, the first counting from -1) × 4 + code of its best field. */
  p: number[][];
  /** Per entry: how many words its answer has. */
  a: number[];
  /** Words of the entries for typo correction, beyond the synonym groups' words and stop words, in order of first use. */
  w: string[];
}

/** What the matcher decided for one visitor message. */
export type MatchStatus = 'answer' | 'suggest' | 'none';

/** The result of `createMatcher(kb).match(text)`. */
export interface MatchResult {
  /** answer: confident; suggest: "Did you mean…" with `suggestions`; none: fallback. */
  status: MatchStatus;
  /** The answered entry's id (status 'answer' only). */
  id?: string;
  /** Confidence in [0, 1] of the best entry. */
  score: number;
  /** Candidate entry ids, best first (status 'suggest'; empty otherwise). */
  suggestions: string[];
  /** Set when the message was small talk (greeting, thanks, …) rather than a question. */
  smallTalk?: SmallTalkKind;
}

/** One problem found in a knowledge file. */
export interface ValidationProblem {
  /** JSON path of the offending value, e.g. "entries[3].answer" ("" for the whole file). */
  path: string;
  /** What is wrong and what was expected. */
  message: string;
  /** 'warning' when the value is still used as it is (or safely ignored); absent for errors, which drop it. */
  severity?: 'warning';
}

/** The outcome of `validateKnowledge(json)`. */
export interface ValidationResult {
  /** True when no problem was found. */
  valid: boolean;
  /** Every problem found, in document order. */
  problems: ValidationProblem[];
  /**
   * The usable part of the file: the valid entries (invalid ones dropped, dangling
   * references removed), or null when nothing usable remains (not an object, no valid entry).
   */
  knowledge: KnowledgeBase | null;
}

/** One entry's evidence for a message, as `explain` reports it. */
export interface Candidate {
  /** Entry id. */
  id: string;
  /** Confidence in [0, 1]. */
  score: number;
  /** Message words that matched this entry, each with the field it matched in. */
  matched: { word: string; term: string; field: string; via: 'exact' | 'stem' | 'synonym' | 'typo' }[];
}

/** Why the matcher decided what it did (for `faq-chat eval --explain` and `ask --explain`). */
export interface Explanation {
  /** The result `match` returns for the same text. */
  result: MatchResult;
  /** The message's words after normalisation, stop words removed. */
  terms: string[];
  /** Message words no entry contains (candidates for a new alternate or synonym). */
  unknown: string[];
  /** Misspelt message words and the knowledge base's words they were read as, in message order. */
  corrections: { word: string; as: string }[];
  /** The best entries, best first (at most 5). */
  candidates: Candidate[];
}

/** A compiled matcher over one knowledge base. */
export interface Matcher extends Answerer {
  /** The same decision with its evidence. */
  explain(text: string): Explanation;
}

/** What the widget needs of a matcher (the widget ships without `explain`). */
export interface Answerer {
  /** Decide what to answer for a visitor message. Never throws. */
  match(text: string): MatchResult;
  /** The entry with this id, if any. */
  entry(id: string): Entry | undefined;
}
