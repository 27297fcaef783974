/** `faq-chat export <kb.json> --jsonld`: the entries as FAQPage JSON-LD for the site's FAQ page. */
import type { Args } from '../args';
import { jsonLdScript } from '../export/jsonld';
import { print, type Io } from '../io';
import { loadKnowledge } from '../load';

/** Prints the script element; exit 0 (2 when the knowledge file has errors). */
export async function exportCommand(args: Args, io: Io): Promise<number> {
  const [path] = args.positionals;
  const kb = await loadKnowledge(io, path);
  print(io, jsonLdScript(kb));
  return 0;
}
