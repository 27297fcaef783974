/** Starts `faq-chat studio` (the built CLI) on a temporary copy of a knowledge file, for the studio specs. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** A running studio on a temporary file. */
export interface StudioRun {
  url: string;
  port: number;
  token: string;
  dir: string;
  file: string;
  read(): string;
  stop(): void;
}

/** A free port on 127.0.0.1 (taken then released, so `--port N` is tested with a real number). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Runs `faq-chat studio <copy> --no-open --port N` on `text` written to a temporary `faq.json`. */
export async function runStudio(text: string): Promise<StudioRun> {
  const dir = mkdtempSync(join(tmpdir(), 'faq-chat-studio-'));
  const file = join(dir, 'faq.json');
  writeFileSync(file, text);
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/faq-chat.js', 'studio', file, '--no-open', '--port', String(port)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`faq-chat studio exited with ${code}: ${stderr}`)));
  });
  const token = new URL(url).pathname.split('/')[1];
  return {
    url,
    port,
    token,
    dir,
    file,
    read: () => readFileSync(file, 'utf8'),
    stop() {
      child.kill('SIGINT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The e2e fixture knowledge with fields the studio does not edit (`locale`, `strings`) and ones it does not know. */
export function fixtureWithExtras(): string {
  const kb = JSON.parse(readFileSync('e2e/fixtures/kb.json', 'utf8'));
  const { title, ...rest } = kb;
  kb.entries[0] = { 'x-reviewed': '2026-01-05', ...kb.entries[0], 'x-owner': 'sales' };
  return `${JSON.stringify({ 'x-notes': 'kept by the studio', title, locale: 'en', ...rest, strings: { placeholder: 'Ask away' } }, null, 2)}\n`;
}
