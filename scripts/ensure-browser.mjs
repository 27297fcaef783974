#!/usr/bin/env node
// Makes sure the e2e tests have a Chromium: the system one (/usr/bin/chromium or CHROMIUM_PATH)
// when present, else Playwright's own, installed on demand.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const system = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(system)) process.exit(0);

const { chromium } = await import('@playwright/test');
if (existsSync(chromium.executablePath())) process.exit(0);
console.log(`[faq-chat] No Chromium at ${system}; installing Playwright's (npx playwright install chromium).`);
try {
  execSync('npx playwright install chromium', { stdio: 'inherit' });
} catch {
  console.error(
    '[faq-chat] Could not install Chromium. Install it (e.g. `apt-get install chromium`) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
