/** `faq-chat ask <kb.json> <message>`: what the widget would reply. */
import type { Args } from '../args';
import { createExplainer } from '../explain';
import { hybridCandidates, hybridLines } from '../explain-hybrid';
import { print, type Io } from '../io';
import { loadKnowledge } from '../load';
import { slug } from '../../engine/knowledge/ids';
import { createMatching } from '../matching';
import { replyLines } from '../reply';

/** What to do about a message no entry answers: nothing, unless the site should answer it; then a new entry, not another entry's alternates. */
function uncovered(message: string): string[] {
  const draft = { id: slug(message), question: message.trim(), answer: '…' };
  return [
    'No entry covers this message, and that is right when your site should not answer it: the widget says the fallback and offers the booking button.',
    'If it should be covered, add an entry for it (not alternates to an entry that answers something else), e.g.:',
    `  ${JSON.stringify(draft)}`,
  ];
}

/** Prints the reply (or the result object with --json); exit 0. */
export async function askCommand(args: Args, io: Io): Promise<number> {
  const [path, message] = args.positionals;
  const kb = await loadKnowledge(io, path);
  const matching = await createMatching(io, kb, args.flags.lexical === true);
  const matcher = matching.words;
  const [run] = await matching.runAll([message]);
  if (args.flags.json) {
    const hybrid = run.hybrid ? { hybrid: hybridCandidates(kb, run.hybrid) } : {};
    print(
      io,
      JSON.stringify(
        args.flags.explain
          ? { ...matcher.explain(message), result: run.result, matcher: matching.label, ...hybrid }
          : run.result,
      ),
    );
    return 0;
  }
  print(io, ...replyLines(kb, run.result));
  if (args.flags.explain) {
    const outOfScope = run.result.status === 'none' && !run.result.smallTalk;
    const meaning = run.hybrid ? ['', ...hybridLines(kb, run.hybrid, '  ')] : [];
    print(
      io,
      '',
      `Why (matcher: ${matching.label}):`,
      ...createExplainer(kb, matcher)(message, '  ', outOfScope),
      ...meaning,
    );
    if (outOfScope) print(io, '', ...uncovered(message));
  }
  return 0;
}
