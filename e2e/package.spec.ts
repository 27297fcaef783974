import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

// What an npm CDN serves is the package: a tag from https://cdn.example/npm/faq-chat@VERSION/dist/faq-chat.js needs
// faq-chat-app.js beside it and every file the encoder's worker may ask for in dist/faq-chat-encoder/.

test('npm pack holds everything the CDN tag loads', async ({ isMobile }) => {
  test.skip(isMobile, 'the package does not depend on the browser profile');
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { encoding: 'utf8' }));
  const files = new Set((pack.files as { path: string }[]).map((f) => f.path));
  const model = JSON.parse(readFileSync('dist/faq-chat-encoder/model.json', 'utf8'));
  const weights: string[] = model.weightsManifest.flatMap((g: { paths: string[] }) => g.paths);
  const needed = [
    'dist/faq-chat.js',
    'dist/faq-chat-app.js',
    ...[
      'worker.js',
      'model.json',
      'vocab.json',
      'tfjs-backend-wasm.wasm',
      'tfjs-backend-wasm-simd.wasm',
      ...weights,
    ].map((f) => `dist/faq-chat-encoder/${f}`),
    // The model's license travels with it.
    'dist/faq-chat-encoder/LICENSE',
  ];
  expect(needed.filter((f) => !files.has(f))).toEqual([]);
  // And nothing the build put in the encoder's folder is left out.
  const folder = readdirSync('dist/faq-chat-encoder').map((f) => `dist/faq-chat-encoder/${f}`);
  expect(folder.filter((f) => !files.has(f))).toEqual([]);
});
