/** The studio's JSON API: read, save (refusing to overwrite a file changed on disk), build, export and check. */
import { buildCommand } from '../../cli/commands/build';
import { installedEncoder, type CliEncoder } from '../../cli/encoder';
import { jsonLdScript } from '../../cli/export/jsonld';
import type { Io } from '../../cli/io';
import { checkMessages, closePairs, usable, type CheckMessage } from './check';
import { hashText, readVersion, saveWithBackup, writeAtomic, type StudioFiles } from './files';

/** A reply: HTTP status and JSON body. */
export interface Reply {
  status: number;
  body: unknown;
}

/** What the handlers share: the files, the file's hash on disk, and the encoder (null when it cannot load). */
export interface ApiContext {
  files: StudioFiles;
  diskHash(): Promise<string>;
  encoder(): Promise<CliEncoder | null>;
}

const ok = (body: unknown): Reply => ({ status: 200, body });
const fail = (status: number, error: string, more: object = {}): Reply => ({ status, body: { error, ...more } });

/** The knowledge in a request's `text`, or the reply saying why there is none. */
function parseKnowledge(text: unknown): { json: unknown } | { reply: Reply } {
  if (typeof text !== 'string')
    return { reply: fail(400, 'the request needs "text": the knowledge file as JSON text') };
  try {
    return { json: JSON.parse(text) };
  } catch (e) {
    return { reply: fail(422, `the knowledge is not valid JSON (${(e as Error).message})`) };
  }
}

/** Save: refuses (409, with the file on disk) when the file changed since `base`, unless `force`. */
async function save(ctx: ApiContext, body: Record<string, unknown>): Promise<Reply> {
  const parsed = parseKnowledge(body.text);
  if ('reply' in parsed) return parsed.reply;
  const disk = await readVersion(ctx.files.file);
  if (disk.hash !== body.base && body.force !== true)
    return fail(409, `${ctx.files.file} changed on disk since it was loaded`, disk);
  await saveWithBackup(ctx.files, body.text as string);
  return ok({ hash: hashText(body.text as string), bak: ctx.files.bak });
}

/** Build: `faq-chat build <file> -o <name>.compiled.json` on the edits, with its output lines. */
async function build(ctx: ApiContext, body: Record<string, unknown>): Promise<Reply> {
  const { files } = ctx;
  if (body.out !== undefined && body.out !== files.compiled)
    return fail(403, `Build only writes ${files.compiled}, not ${String(body.out)}`);
  const parsed = parseKnowledge(body.text);
  if ('reply' in parsed) return parsed.reply;
  const lines: string[] = [];
  const io: Io = {
    stdout: (t) => lines.push(t),
    stderr: (t) => lines.push(t),
    readFile: async (path) => (path === files.file ? (body.text as string) : Promise.reject(new Error('not allowed'))),
    writeFile: (path, text) => writeAtomic(files, path, text),
    encoder: {
      fingerprint: installedEncoder.fingerprint,
      load: async () => (await ctx.encoder()) ?? Promise.reject(new Error('the encoder did not load')),
    },
  };
  const code = await buildCommand({ positionals: [files.file], flags: { out: files.compiled }, help: false }, io);
  return ok({ ok: code === 0, out: files.compiled, output: lines.join('').trimEnd() });
}

/** Export: the FAQPage JSON-LD script element, written beside the file and returned. */
async function exportJsonLd(ctx: ApiContext, body: Record<string, unknown>): Promise<Reply> {
  const parsed = parseKnowledge(body.text);
  if ('reply' in parsed) return parsed.reply;
  const found = usable(parsed.json);
  if (!('knowledge' in found)) return fail(422, 'the knowledge has errors; fix them first', found);
  const script = jsonLdScript(found.knowledge);
  await writeAtomic(ctx.files, ctx.files.exported, `${script}\n`);
  return ok({ out: ctx.files.exported, script });
}

/** Check: the visitor messages against the edits (and eval's figures against `before`, the text as loaded). */
async function check(ctx: ApiContext, body: Record<string, unknown>): Promise<Reply> {
  const parsed = parseKnowledge(body.text);
  if ('reply' in parsed) return parsed.reply;
  const found = usable(parsed.json);
  if (!('knowledge' in found)) return fail(422, 'the knowledge has errors; fix them first', found);
  const messages = Array.isArray(body.messages) ? (body.messages as CheckMessage[]) : [];
  if (messages.some((m) => typeof m?.text !== 'string')) return fail(400, '"messages" must be [{"text", "expect"?}]');
  const was = typeof body.before === 'string' ? parseKnowledge(body.before) : undefined;
  const before = was && 'json' in was ? usable(was.json) : undefined;
  const encoder = await ctx.encoder();
  const prior = before && 'knowledge' in before ? before.knowledge : undefined;
  return ok(await checkMessages(found.knowledge, messages, encoder, prior));
}

/** Pairs: the entries of the edits too close to tell apart. */
async function pairs(ctx: ApiContext, body: Record<string, unknown>): Promise<Reply> {
  const parsed = parseKnowledge(body.text);
  if ('reply' in parsed) return parsed.reply;
  const found = usable(parsed.json);
  if (!('knowledge' in found)) return fail(422, 'the knowledge has errors; fix them first', found);
  return ok(await closePairs(found.knowledge, await ctx.encoder()));
}

/** Routes `method path` (after `/<token>/api/`) to its handler; undefined for none. */
export async function handleApi(
  ctx: ApiContext,
  method: string,
  path: string,
  body: Record<string, unknown>,
): Promise<Reply | undefined> {
  const route = `${method} ${path}`;
  if (route === 'GET file')
    return ok({ ...(await readVersion(ctx.files.file)), path: ctx.files.file, files: ctx.files });
  if (route === 'GET status') return ok({ hash: await ctx.diskHash() });
  if (route === 'PUT file') return save(ctx, body);
  if (route === 'POST build') return build(ctx, body);
  if (route === 'POST export') return exportJsonLd(ctx, body);
  if (route === 'POST check') return check(ctx, body);
  if (route === 'POST pairs') return pairs(ctx, body);
  return undefined;
}
