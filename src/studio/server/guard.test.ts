import type { IncomingMessage } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayWrite, saveWithBackup, studioFiles, writeAtomic } from './files';
import { newToken, pathAfterToken, refusal } from './guard';
import { distFile } from './static';

const token = newToken();
const req = (url: string, headers: Record<string, string> = {}) =>
  ({ url, headers: { host: '127.0.0.1:4000', ...headers } }) as unknown as IncomingMessage;

describe('studio guard', () => {
  it('lets through the studio page’s own requests only', () => {
    expect(refusal(req(`/${token}/api/file`), 4000, token)).toBeNull();
    expect(
      refusal(req(`/${token}/`, { origin: 'http://localhost:4000', host: 'localhost:4000' }), 4000, token),
    ).toBeNull();
    expect(refusal(req('/api/file'), 4000, token)).toMatch(/token/);
    expect(refusal(req(`/${token}x/api/file`), 4000, token)).toMatch(/token/);
    expect(refusal(req(`/${token}/`, { origin: 'http://evil.example' }), 4000, token)).toMatch(/Origin/);
    expect(refusal(req(`/${token}/`, { origin: 'http://127.0.0.1:4001' }), 4000, token)).toMatch(/Origin/);
    expect(refusal(req(`/${token}/`, { host: 'evil.example:4000' }), 4000, token)).toMatch(/Host/);
    expect(refusal(req(`/${token}/`, { 'sec-fetch-site': 'cross-site' }), 4000, token)).toMatch(/cross-site/);
  });
  it('reads the path after the token', () => {
    expect(pathAfterToken(`/${token}/api/file?x=1`, token)).toBe('/api/file');
    expect(pathAfterToken(`/${token}`, token)).toBe('/');
    expect(newToken()).not.toBe(token);
  });
  it('serves only the page’s and the widget’s files from dist', () => {
    expect(distFile('/pkg/dist', '/studio/studio.js')).toBe('/pkg/dist/studio/studio.js');
    expect(distFile('/pkg/dist', '/widget/faq-chat-encoder/model.json')).toBe('/pkg/dist/faq-chat-encoder/model.json');
    for (const bad of ['/widget/cli.js', '/widget/../package.json', '/studio/..%2fcli.js', '/studio/', '/other/x.js'])
      expect(distFile('/pkg/dist', bad), bad).toBeUndefined();
  });
});

describe('studio files', () => {
  it('writes only the file and its siblings, atomically, keeping the previous version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'studio-files-'));
    const files = studioFiles(join(dir, 'faq.json'));
    writeFileSync(files.file, 'old');
    expect(files.bak).toBe(join(dir, 'faq.bak.json'));
    expect(mayWrite(files, join(dir, 'faq.compiled.json'))).toBe(true);
    expect(mayWrite(files, join(dir, 'other.json'))).toBe(false);
    await saveWithBackup(files, 'new');
    expect(readFileSync(files.file, 'utf8')).toBe('new');
    expect(readFileSync(files.bak, 'utf8')).toBe('old');
    await expect(writeAtomic(files, join(dir, '../evil.json'), 'x')).rejects.toThrow(/refusing/);
    expect(readdirSync(dir).sort()).toEqual(['faq.bak.json', 'faq.json']);
  });
});
