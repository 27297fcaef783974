import type { Page } from '@playwright/test';

/** Where the hardening specs serve their generated pages and knowledge files (answered by page.route). */
export const PAGE = '/h/page.html';
export const KB = '/h/kb.json';

/** A page that pastes the one-script-tag snippet; `head` and `body` add host-page markup around it. */
export interface HostPage {
  attrs?: Record<string, string>;
  head?: string;
  body?: string;
  html?: string;
  headers?: Record<string, string>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML of a host page with the snippet (data-knowledge defaults to the routed KB). */
export function hostHtml({ attrs = {}, head = '', body = '', html = '' }: HostPage = {}) {
  const a = Object.entries({ 'data-knowledge': KB, ...attrs })
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
  return `<!doctype html><html lang="en"${html}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>${head}</head><body><h1>Host page</h1><p>Some host content.</p>${body}<script src="/faq-chat.js"${a} async></script></body></html>`;
}

/** Serves `host` at PAGE and `kb` (an object, a string body, or a route handler) at KB, then opens the page. */
export async function openHost(
  page: Page,
  host: HostPage,
  kb: unknown = { entries: [{ id: 'a', question: 'How much does it cost?', answer: 'It costs **€1**.' }] },
) {
  await page.route(PAGE, (r) => r.fulfill({ contentType: 'text/html', headers: host.headers, body: hostHtml(host) }));
  if (typeof kb == 'function') await page.route(KB, kb as Parameters<Page['route']>[1]);
  else
    await page.route(KB, (r) =>
      r.fulfill({ contentType: 'application/json', body: typeof kb == 'string' ? kb : JSON.stringify(kb) }),
    );
  await page.goto(PAGE);
}

/**
 * Records what the host page would notice before any script runs: unhandled promise rejections,
 * uncaught errors, CSP violations and dialogs. Read it with `trouble(page)`.
 */
export async function watchHost(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __trouble: string[] };
    w.__trouble = [];
    addEventListener('unhandledrejection', (e) => w.__trouble.push('unhandledrejection: ' + String(e.reason)));
    addEventListener('error', (e) => w.__trouble.push('error: ' + e.message));
    document.addEventListener(
      'securitypolicyviolation',
      (e) => w.__trouble.push(`csp: ${e.violatedDirective} ${e.blockedURI}`),
      true,
    );
  });
  return {
    dialogs,
    /** Everything the page noticed so far, plus dialogs. */
    all: async () => [
      ...(await page.evaluate(() => (window as unknown as { __trouble: string[] }).__trouble)),
      ...dialogs.map((d) => 'dialog: ' + d),
    ],
  };
}

/** A short fixture knowledge base used where the content does not matter. */
export const smallKb = {
  title: 'Acme help',
  greeting: 'Ask about pricing.',
  cta: { label: 'Book a call', url: 'https://book.example.com/kb' },
  suggestions: ['price', 'hosting'],
  entries: [
    {
      id: 'price',
      question: 'How much does it cost?',
      keywords: ['price', 'pricing', 'cost'],
      answer: 'It costs **from €12,000**. See [pricing](https://acme.example.com/pricing).',
      followUps: ['hosting'],
    },
    {
      id: 'hosting',
      question: 'Can you host it on our servers?',
      keywords: ['servers', 'self-hosted', 'on-premises'],
      answer: 'Yes, *inside your network*.',
    },
    {
      id: 'baa',
      question: 'Do you sign a BAA?',
      keywords: ['baa', 'hipaa'],
      answer: 'Yes, we sign a Business Associate Agreement.',
    },
  ],
};
