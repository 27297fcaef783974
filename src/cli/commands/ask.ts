/** `faq-chat ask <kb.json> <message>`: what the widget would reply. */
import { createMatcher } from '../../engine/match/match';
import type { Entry, KnowledgeBase, MatchResult } from '../../engine/types';
import type { Args } from '../args';
import { createExplainer } from '../explain';
import { hybridCandidates, hybridLines } from '../explain-hybrid';
import { print, type Io } from '../io';
import { loadKnowledge } from '../load';
import { createMatching } from '../matching';
import { plainText } from '../plain-text';

function reply(kb: KnowledgeBase, entry: (id: string) => Entry | undefined, r: MatchResult): string[] {
  if (r.smallTalk) {
    const own = kb.smallTalk?.[r.smallTalk];
    return [`Small talk (${r.smallTalk}): the widget replies with ${own ? `your text: ${own}` : 'its built-in reply'}`];
  }
  if (r.status === 'answer' && r.id) {
    const e = entry(r.id);
    const cta = e?.cta ?? kb.cta;
    return [
      `Answer: ${r.id} (confidence ${r.score.toFixed(2)})`,
      `Q: ${e?.question ?? ''}`,
      '',
      plainText(e?.answer ?? ''),
      ...(cta ? ['', `[${cta.label}] ${cta.url}`] : []),
    ];
  }
  if (r.status === 'suggest') {
    return ['Did you mean:', ...r.suggestions.map((id, i) => `  ${i + 1}. ${entry(id)?.question ?? id} (${id})`)];
  }
  return [
    'No confident match; the widget says:',
    kb.fallback ? plainText(kb.fallback) : '(its built-in "I don\'t know" reply; set "fallback" to write your own)',
  ];
}

/** Prints the reply (or the result object with --json); exit 0. */
export async function askCommand(args: Args, io: Io): Promise<number> {
  const [path, message] = args.positionals;
  const kb = await loadKnowledge(io, path);
  const matcher = createMatcher(kb);
  const matching = await createMatching(io, kb, args.flags.lexical === true);
  const [run] = await matching.runAll([message]);
  if (args.flags.json) {
    const hybrid = run.hybrid ? { hybrid: hybridCandidates(kb, run.hybrid) } : {};
    print(io, JSON.stringify(args.flags.explain ? { ...matcher.explain(message), result: run.result, matcher: matching.label, ...hybrid } : run.result));
    return 0;
  }
  print(io, ...reply(kb, (id) => matcher.entry(id), run.result));
  if (args.flags.explain) {
    const meaning = run.hybrid ? ['', ...hybridLines(kb, run.hybrid, '  ')] : [];
    print(io, '', `Why (matcher: ${matching.label}):`, ...createExplainer(kb, matcher)(message, '  '), ...meaning);
  }
  return 0;
}
