#!/usr/bin/env node
// A tiny dependency-free static server for the demo and the e2e tests:
//   /               demo/ (index.html for directories)
//   /faq-chat.js    dist/faq-chat.js (the built bundle)
//   /<name>.json    knowledge/<name>.json
//   /fixtures/…     e2e/fixtures/
// Port: PORT, else 5173 (the next free port when that one is taken).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Maps a URL path to a file inside one of the served folders, or null. */
function locate(pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (path === '/faq-chat.js') return join(root, 'dist/faq-chat.js');
  if (path.startsWith('/fixtures/')) return inside('e2e/fixtures', path.slice('/fixtures/'.length));
  if (/^\/[\w.-]+\.json$/.test(path)) return inside('knowledge', path.slice(1));
  return inside('demo', path.slice(1));
}

function inside(dir, rel) {
  const base = join(root, dir);
  const file = normalize(join(base, rel));
  return file === base || file.startsWith(base + sep) ? file : null;
}

async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = locate(url.pathname);
  try {
    if (!file) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (e) {
    const missing = e.code === 'ENOENT' || e.code === 'ENOTDIR';
    // Browsers ask for a favicon on every page; "none" is not an error worth a console line.
    if (missing && url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(missing ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(missing ? `Not found: ${url.pathname}\n` : `Server error: ${e.message}\n`);
    if (url.pathname === '/faq-chat.js' && missing) console.error('[faq-chat] dist/faq-chat.js is missing; run `npm run build` first.');
  }
}

function listen(port, retries) {
  const server = createServer((req, res) => void handle(req, res));
  server.once('error', (e) => {
    if (e.code === 'EADDRINUSE' && retries > 0) listen(port + 1, retries - 1);
    else {
      console.error(`[faq-chat] Could not start the demo server on port ${port}: ${e.message}`);
      process.exit(1);
    }
  });
  server.listen(port, () => console.log(`faq-chat demo: http://localhost:${port}/`));
}

const fixed = process.env.PORT;
listen(Number(fixed) || 5173, fixed ? 0 : 20);
