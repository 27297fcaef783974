/** The browser and the phone the e2e tests (playwright.config.ts) and the benchmarks (bench/) run, defined once. */
import { existsSync } from 'node:fs';
import { devices, type BrowserContextOptions, type LaunchOptions } from '@playwright/test';

const system = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * The system Chromium when present (browsers cannot be downloaded everywhere), else Playwright's own; without the
 * GPU and the browser's own background traffic, which would only add noise.
 */
export const launchOptions: LaunchOptions = existsSync(system)
  ? {
      executablePath: system,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    }
  : {};

/** The phone: a 390×844 touch screen at 3 device pixels per CSS pixel, with a Pixel 7's user agent. */
export const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  userAgent: devices['Pixel 7'].userAgent,
};
