import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Page object for one faq-chat widget; locators pierce its open shadow root through `part` names. */
export class Widget {
  readonly host: Locator;
  constructor(
    readonly page: Page,
    selector = 'faq-chat',
  ) {
    this.host = page.locator(selector);
  }
  /** Elements carrying a public `part` name (space-separated lists match too). */
  part(name: string): Locator {
    return this.host.locator(`[part~="${name}"]`);
  }
  get launcher() {
    return this.part('launcher');
  }
  /**
   * The launcher's box. faq-chat-app.js replaces faq-chat.js's plain launcher when it mounts, and a box read from the
   * replaced one is null, so it is read again until there is one.
   */
  async launcherBox() {
    let box: { x: number; y: number; width: number; height: number } | null = null;
    await expect.poll(async () => (box = await this.launcher.boundingBox())).not.toBeNull();
    return box!;
  }
  get panel() {
    return this.part('panel');
  }
  get input() {
    return this.part('input');
  }
  get answers() {
    return this.part('message-answer');
  }
  /** The booking link in the panel's footer (always there while the panel is open, when a booking URL is known). */
  get booking() {
    return this.part('cta-footer');
  }
  get visitorMessages() {
    return this.part('message-visitor');
  }
  /** The reply group (bubble, chips, booking link) of the newest answer. */
  get lastReply() {
    return this.host
      .locator('.row')
      .filter({ has: this.page.locator('[part~="message-answer"]') })
      .last();
  }
  async open() {
    await this.launcher.click();
    await expect(this.panel).toBeVisible();
  }
  /** Types a question and presses Enter, like a visitor. */
  async ask(text: string) {
    await this.input.fill(text);
    await this.input.press('Enter');
  }
}

/** Lets the current test log console errors (for tests that expect them); they are still collected. */
export function allowConsoleErrors() {
  test.info().annotations.push({ type: 'allow-console-errors' });
}

/**
 * Every test fails on a console error or uncaught page error unless it calls `allowConsoleErrors()`.
 * The sentence encoder is replaced by a worker that never gets ready unless a spec sets `test.use({ encoder: true })`:
 * its model would be ready after a second or so, and a test's answers would then depend on how fast the machine is.
 * With the stand-in, answers come from word matching, exactly as when the encoder is not deployed.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: Playwright types a fixture that gives no value as void
export const test = base.extend<{ widget: Widget; consoleErrors: string[]; encoder: boolean; stubEncoder: void }>({
  encoder: [false, { option: true }],
  stubEncoder: [
    async ({ context, encoder }, use) => {
      if (!encoder)
        await context.route('**/faq-chat-encoder/worker.js', (r) =>
          r.fulfill({ contentType: 'text/javascript', body: '' }),
        );
      await use();
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use, info) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() == 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      await use(errors);
      if (!info.annotations.some((a) => a.type == 'allow-console-errors')) expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  widget: async ({ page }, use) => {
    await use(new Widget(page));
  },
});

export { expect };
