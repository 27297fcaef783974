import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runStudio, type StudioRun } from './studio-helpers';

// Other websites open in the owner's browser must not read or write the knowledge file through the studio.
let s: StudioRun;
test.beforeAll(async () => {
  s = await runStudio(readFileSync('e2e/fixtures/kb.json', 'utf8'));
});
test.afterAll(() => s.stop());

/** A raw request (any Host, any path as is), resolving with the status and body. */
function raw(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: s.port, path, method, headers: { Host: `127.0.0.1:${s.port}`, ...headers } },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const api = (path: string) => `/${s.token}/api/${path}`;

test('the token is required and must be right', async () => {
  expect((await raw(api('file'))).status).toBe(200);
  expect((await raw('/api/file')).status).toBe(403);
  expect((await raw('/')).status).toBe(403);
  expect((await raw(`/${s.token.slice(0, -1)}x/api/file`)).status).toBe(403);
  expect((await raw(`/${'A'.repeat(43)}/`)).status).toBe(403);
});

test('a foreign Origin gets 403, for reading and for writing', async () => {
  const evil = { Origin: 'http://evil.example' };
  expect((await raw(api('file'), evil)).status).toBe(403);
  const save = await raw(
    api('file'),
    { ...evil, 'Content-Type': 'application/json' },
    'PUT',
    JSON.stringify({ text: '{"entries":[]}', base: '', force: true }),
  );
  expect(save.status).toBe(403);
  expect(s.read()).toBe(readFileSync('e2e/fixtures/kb.json', 'utf8'));
  expect((await raw(api('file'), { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
});

test('a DNS-rebinding Host gets 403, even with the token', async () => {
  expect((await raw(api('file'), { Host: `evil.example:${s.port}` })).status).toBe(403);
  expect((await raw(api('file'), { Host: 'evil.example' })).status).toBe(403);
  expect((await raw(api('file'), { Host: `localhost:${s.port}` })).status).toBe(200);
});

test('paths outside the allowed files are refused', async () => {
  for (const path of [
    'widget/../../package.json',
    'widget/..%2f..%2fpackage.json',
    'widget/cli.js',
    'studio/../cli.js',
  ])
    expect((await raw(`/${s.token}/${path}`)).status, path).toBe(404);
  const out = join(s.dir, 'evil.json');
  const build = await raw(
    api('build'),
    { 'Content-Type': 'application/json' },
    'POST',
    JSON.stringify({ text: s.read(), out }),
  );
  expect(build.status).toBe(403);
  expect(build.body).toContain('Build only writes');
  expect(existsSync(out)).toBe(false);
  // A form post (no JSON) is refused before it is read.
  const form = await raw(api('file'), { 'Content-Type': 'text/plain' }, 'PUT', '{"text":"{}","force":true}');
  expect(form.status).toBe(400);
});

test('the server does not answer on a non-loopback address', async () => {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && !i.internal && i.family === 'IPv4')?.address;
  expect(address, 'this machine has a non-loopback IPv4 address to try').toBeTruthy();
  const outcome = await new Promise<string>((resolve) => {
    const socket = connect({ host: address!, port: s.port });
    const end = (how: string) => {
      socket.destroy();
      resolve(how);
    };
    socket.setTimeout(3000, () => end('timeout'));
    socket.on('connect', () => end('connected'));
    socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
  });
  expect(outcome).not.toBe('connected');
  expect((await raw(api('status'))).status).toBe(200);
});

test('a page of another origin in the same browser cannot read the file', async ({ page }) => {
  await page.goto('/e2e/fixtures/blank.html');
  const got = await page.evaluate(async (url) => {
    try {
      const res = await fetch(url);
      return `read ${(await res.text()).length}`;
    } catch (e) {
      return `blocked: ${(e as Error).message}`;
    }
  }, `${s.url}api/file`);
  expect(got).toMatch(/^blocked/);
});
