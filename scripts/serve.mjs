#!/usr/bin/env node
// A tiny dependency-free static server for the demo and the e2e tests:
//   /               demo/ (index.html for directories)
//   /faq-chat.js, /faq-chat-app.js    dist/ (the built bundle: the first script and the widget it loads)
//   /<name>.json    knowledge/<name>.json
//   /fixtures/…     e2e/fixtures/
//   /faq-chat-encoder/…  dist/faq-chat-encoder/ (the sentence encoder's folder)
//   /csp/<token>/…  the same files, each response with a strict Content-Security-Policy whose violations are
//                   reported to /csp-report/<token> (POST); GET there lists them. /csp-wasm/<token>/… adds
//                   'wasm-unsafe-eval'. The e2e tests use these to prove that nothing is ever blocked.
//   /cdn/…          the same files as a CDN serves them, with Access-Control-Allow-Origin: * (the e2e tests load them
//                   from http://127.0.0.1:PORT while the page is on http://localhost:PORT: two origins); /cdn-nocors/…
//                   the same without CORS headers. In fixture pages, %CDN_ORIGIN% reads http://127.0.0.1:PORT; any
//                   response gets ?csp=<policy> as its Content-Security-Policy header. (A page fulfilled by Playwright
//                   has no address, so Chromium treats it as public and refuses its requests to loopback origins.)
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
  '.wasm': 'application/wasm',
};

/** Maps a URL path to a file inside one of the served folders, or null. */
function locate(pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (path === '/faq-chat.js' || path === '/faq-chat-app.js') return join(root, 'dist', path.slice(1));
  if (path.startsWith('/faq-chat-encoder/'))
    return inside('dist/faq-chat-encoder', path.slice('/faq-chat-encoder/'.length));
  if (path.startsWith('/fixtures/')) return inside('e2e/fixtures', path.slice('/fixtures/'.length));
  if (/^\/[\w.-]+\.json$/.test(path)) return inside('knowledge', path.slice(1));
  return inside('demo', path.slice(1));
}

function inside(dir, rel) {
  const base = join(root, dir);
  const file = normalize(join(base, rel));
  return file === base || file.startsWith(base + sep) ? file : null;
}

const strict = (wasm) => `default-src 'self'; script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}; style-src 'self'`;
/** CSP violation reports by token. */
const reports = new Map();

/** Records a CSP report (POST) or lists a token's reports (GET); true when the request was one of those. */
function cspReport(req, res, path) {
  const token = /^\/csp-report\/([\w-]+)$/.exec(path)?.[1];
  if (!token) return false;
  const list = reports.get(token) ?? [];
  reports.set(token, list);
  if (req.method === 'POST') {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      list.push(body);
      res.writeHead(204).end();
    });
  } else
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(list));
  return true;
}

async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (cspReport(req, res, url.pathname)) return;
  const csp = /^\/csp(-wasm)?\/([\w-]+)(\/.*)$/.exec(url.pathname);
  const policy = csp && `${strict(csp[1])}; report-uri /csp-report/${csp[2]}`;
  const cdn = /^\/cdn(-nocors)?(\/.*)$/.exec(url.pathname);
  const cors = cdn && !cdn[1] && { 'access-control-allow-origin': '*' };
  let file = locate(csp ? csp[3] : cdn ? cdn[2] : url.pathname);
  try {
    if (!file) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    let body = await readFile(file);
    const cdnOrigin = `http://127.0.0.1:${req.headers.host?.split(':')[1] ?? ''}`;
    if (file.startsWith(join(root, 'e2e', 'fixtures')) && extname(file) === '.html')
      body = Buffer.from(body.toString('utf8').replaceAll('%CDN_ORIGIN%', cdnOrigin));
    const asked = url.searchParams.get('csp');
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(policy && { 'content-security-policy': policy }),
      ...(asked && { 'content-security-policy': asked }),
      ...cors,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (e) {
    const missing = e.code === 'ENOENT' || e.code === 'ENOTDIR';
    // Browsers ask for a favicon on every page; "none" is not an error worth a console line.
    if (missing && url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(missing ? 404 : 500, {
      'content-type': 'text/plain; charset=utf-8',
      ...(policy && { 'content-security-policy': policy }),
    });
    res.end(missing ? `Not found: ${url.pathname}\n` : `Server error: ${e.message}\n`);
    if (url.pathname === '/faq-chat.js' && missing)
      console.error('[faq-chat] dist/faq-chat.js is missing; run `npm run build` first.');
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
