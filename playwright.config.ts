import { defineConfig, devices } from '@playwright/test';
import { launchOptions, phone } from './e2e/browsers';

/** A port per checkout (a stable hash of its path), so another checkout's server is never mistaken for ours. */
function portFor(path: string): number {
  let hash = 0;
  for (const ch of path) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return 20_000 + (hash % 20_000);
}
const PORT = Number(process.env.FAQ_CHAT_E2E_PORT) || portFor(process.cwd());
process.env.FAQ_CHAT_E2E_PORT = String(PORT); // test workers inherit it (e2e/origin.ts)

export default defineConfig({
  testDir: 'e2e',
  timeout: 20_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: { baseURL: `http://localhost:${PORT}`, launchOptions, trace: 'retain-on-failure' },
  webServer: {
    command: 'node scripts/serve.mjs',
    env: { PORT: String(PORT) },
    url: `http://localhost:${PORT}/faq-chat.js`,
    reuseExistingServer: false, // a server already on the port is an error, never silently someone else's build
    stdout: 'ignore',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      // The studio is a desktop tool; its specs set a 390 px viewport themselves where it matters.
      testIgnore: /studio.*\.spec\.ts/,
      use: phone,
    },
  ],
});
