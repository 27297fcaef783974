/**
 * The studio's local server: 127.0.0.1 only, every request under `/<token>/` and from the studio's own Host and
 * Origin (see guard.ts). It serves the page, the built widget beside it, and the JSON API (api.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import type { Io } from '../../cli/io';
import { handleApi, type ApiContext, type Reply } from './api';
import { lazyEncoder } from './encoder';
import { encodeEntries } from '../../engine/semantic/vectors';
import { usable } from './check';
import { hashWatcher, readVersion, studioFiles } from './files';
import { newToken, pathAfterToken, refusal } from './guard';
import { distFile, pageHtml, readStatic } from './static';

/** How the studio is started. */
export interface StudioOptions {
  /** The knowledge file to edit. */
  file: string;
  /** The port (0: any free one). */
  port: number;
  /** The package's dist/ folder (the page, the widget, the encoder). */
  dist: string;
  /** Where warnings (e.g. the encoder not loading) go. */
  io: Io;
}

/** A running studio. */
export interface Studio {
  /** The URL to open, token included. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** A request body larger than this is refused: a knowledge file of 10,000 entries is about 10 MB. */
const MAX_BODY = 32 * 1024 * 1024;

/** Headers on every answer: the token is in the URL, so no Referer may carry it away; no framing. */
const HEADERS = {
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self' blob:; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { ...HEADERS, 'Content-Type': type });
  res.end(body);
}

const sendJson = (res: ServerResponse, { status, body }: Reply) =>
  send(res, status, JSON.stringify(body), 'application/json; charset=utf-8');

/** The request's JSON body (an empty object for none), or an Error saying what is wrong with it. */
async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error(`the request is larger than ${MAX_BODY / 1024 / 1024} MB`);
    chunks.push(chunk as Buffer);
  }
  if (!size) return {};
  // Only JSON: a form another site submits cannot be one, and a cross-origin fetch of JSON needs a preflight we never grant.
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) throw new Error('the body must be JSON');
  const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('the body must be an object');
  return body as Record<string, unknown>;
}

/** How long after the page loaded the file the encoder starts warming up: the widget's files load first. */
const WARM_AFTER_MS = 3000;

/** Loads the encoder and encodes the file's phrasings, so they are remembered when the owner first checks. */
async function warmUp(ctx: ApiContext): Promise<void> {
  const found = usable(JSON.parse((await readVersion(ctx.files.file)).text));
  const encoder = await ctx.encoder();
  if (encoder && 'knowledge' in found) await encodeEntries(found.knowledge, encoder);
}

async function route(req: IncomingMessage, res: ServerResponse, ctx: ApiContext, opts: StudioOptions, token: string) {
  const path = pathAfterToken(req.url ?? '/', token)!;
  const method = req.method ?? 'GET';
  if (path === '/' && !/\/$/.test((req.url ?? '').split('?')[0])) {
    res.writeHead(308, { ...HEADERS, Location: `/${token}/` });
    return res.end();
  }
  if (path === '/' && method === 'GET')
    return send(res, 200, pageHtml(basename(opts.file)), 'text/html; charset=utf-8');
  if (path.startsWith('/api/')) {
    let body: Record<string, unknown>;
    try {
      body = method === 'GET' ? {} : await readBody(req);
    } catch (e) {
      return sendJson(res, { status: 400, body: { error: (e as Error).message } });
    }
    const reply = await handleApi(ctx, method, path.slice('/api/'.length), body);
    return sendJson(res, reply ?? { status: 404, body: { error: `no such API: ${method} ${path}` } });
  }
  const file = method === 'GET' || method === 'HEAD' ? distFile(opts.dist, path) : undefined;
  const found = file && (await readStatic(file));
  if (!found) return send(res, 404, `Not found: ${path}`);
  return send(res, 200, found.body, found.type);
}

/** Starts the studio on 127.0.0.1 and resolves once it listens. */
export async function startStudio(opts: StudioOptions): Promise<Studio> {
  const token = newToken();
  const files = studioFiles(opts.file);
  const ctx: ApiContext = { files, diskHash: hashWatcher(files.file), encoder: lazyEncoder(opts.io) };
  // The first Check would otherwise wait for the encoder to load and encode every entry (minutes for 1,000 entries on
  // a slow machine): both start in the background once the page has loaded the file, so they do not delay the page,
  // and Check then only encodes what the owner changed since.
  let warming = false;
  const warm = () => {
    if (warming) return;
    warming = true;
    setTimeout(() => void warmUp(ctx).catch(() => {}), WARM_AFTER_MS);
  };
  let port = opts.port;
  const server = createServer((req, res) => {
    const why = refusal(req, port, token);
    if (why) return send(res, 403, `Forbidden: ${why}.`);
    if (req.url?.endsWith('/api/file') && req.method === 'GET') res.once('finish', warm);
    route(req, res, ctx, opts, token).catch((e: Error) => {
      if (!res.headersSent) sendJson(res, { status: 500, body: { error: e.message } });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/${token}/`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
