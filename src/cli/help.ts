/** Help texts: examples first, because that is what people read. */
import type { CommandSpec } from './args';

const EXIT_CODES = `Exit codes:
  0  done (validate: the file is valid; eval: every --min/--max bar was met)
  1  validate found problems, or eval missed a --min/--max bar
  2  cannot run: bad arguments, unreadable file, invalid JSON, or a knowledge base with errors`;

/** The overview printed by `faq-chat --help`. */
export const MAIN_HELP = `faq-chat: check and test the knowledge base of your faq-chat widget

Examples:
  faq-chat validate knowledge/faq.json
  faq-chat ask knowledge/faq.json "Do you sign a BAA?"
  faq-chat ask knowledge/faq.json "how much does it cost" --explain
  faq-chat eval knowledge/faq.json knowledge/faq.cases.json --min-correct 85 --max-wrong 2

Commands:
  validate <kb.json>             list every problem in the file, with its JSON path
  ask <kb.json> <message>        show what the widget would reply to a message
  eval <kb.json> <cases.json>    measure the replies against labelled questions

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
};
