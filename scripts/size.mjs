#!/usr/bin/env node
// Prints raw, gzip and brotli sizes of dist/faq-chat.js; exits 1 over the gzip budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const FILE = 'dist/faq-chat.js';
const BUDGET = 20 * 1024;

let code;
try {
  code = readFileSync(FILE);
} catch {
  console.error(`[faq-chat] ${FILE} not found; run \`npm run build\` first.`);
  process.exit(1);
}
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`.padStart(9);
console.log(`${FILE}\n  raw    ${kb(code.length)}\n  gzip   ${kb(gzip)}  (budget ${kb(BUDGET).trim()})\n  brotli ${kb(brotli)}`);
if (gzip > BUDGET) {
  console.error(`[faq-chat] ${FILE} is ${gzip - BUDGET} bytes over the ${BUDGET}-byte gzip budget; make the bundle smaller.`);
  process.exit(1);
}
