#!/usr/bin/env node
// Thin launcher: the CLI is built to dist/cli.js by `npm run build`.
import('../dist/cli.js').then(
  (cli) =>
    cli.main(process.argv.slice(2)).then((code) => {
      process.exitCode = code;
    }),
  () => {
    console.error('[faq-chat] dist/cli.js is missing: run `npm run build` first.');
    process.exitCode = 2;
  },
);
