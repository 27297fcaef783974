import { expect, test } from './fixtures';
import { ORIGIN } from './origin';

// The demo page through a full session: the widget asks for its script (faq-chat.js, then faq-chat-app.js beside it),
// the knowledge file and, once the panel is open, the sentence encoder's folder on the same origin; nothing else.

test.use({ encoder: true });

test('a full session requests only the page, the script and the knowledge file, and stores only its own key', async ({
  page,
  context,
  widget,
}) => {
  const requests: string[] = [];
  const setCookies: string[] = [];
  context.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  context.on('response', async (r) => {
    const c = await r.headerValue('set-cookie');
    if (c) setCookies.push(c);
  });
  page.on('websocket', (w) => requests.push('websocket ' + w.url()));
  // The booking site is not reachable from the test machine: answer for it.
  await context.route('https://cal.com/**', (r) =>
    r.fulfill({ contentType: 'text/html', body: '<title>Booking</title>' }),
  );

  const wasm = context.waitForEvent('response', { predicate: (r) => r.url().endsWith('.wasm'), timeout: 30_000 });
  await page.goto('/');
  await widget.open();
  // The WebAssembly file is the encoder's last request (its backend is chosen once the model files are in).
  await wasm;
  await widget.part('chip').first().click();
  await expect(widget.answers).toHaveCount(1);
  for (const q of ['Do you sign a BAA?', 'Can you deploy in our own cloud?', 'What is the weather in Paris?'])
    await widget.ask(q);
  await expect(widget.answers).toHaveCount(4);
  const chip = widget.part('chip').last();
  await chip.click();
  await expect(widget.answers).toHaveCount(5);

  const cta = widget.booking;
  const href = (await cta.getAttribute('href'))!;
  expect(href).toMatch(/^https:\/\/cal\.com\//);
  const [popup] = await Promise.all([page.waitForEvent('popup'), cta.click()]);
  await popup.waitForLoadState();
  expect(popup.url()).toBe(href);
  const booking = requests.filter((r) => r.includes('cal.com'));
  expect(booking).toEqual([`GET ${href}`]);
  await popup.close();

  // Only the page's own resources, the script's two files, the knowledge file and the encoder's files; each a GET (the worker
  // reads its own headers with one HEAD), nothing sent anywhere else.
  const own = requests.filter((r) => !r.includes('cal.com'));
  expect(own.filter((r) => !/^(GET|HEAD) /.test(r) || !r.includes(` ${ORIGIN}/`))).toEqual([]);
  const encoder = ['worker.js', 'model.json', 'weights.bin', 'vocab.json', 'tfjs-backend-wasm-simd.wasm'].map(
    (f) => '/faq-chat-encoder/' + f,
  );
  expect(new Set(own.map((r) => new URL(r.split(' ')[1]).pathname))).toEqual(
    new Set(['/', '/demo.css', '/demo.js', '/faq-chat.js', '/faq-chat-app.js', '/faq.json', ...encoder]),
  );
  expect(own.filter((r) => r.startsWith('HEAD'))).toEqual([`HEAD ${ORIGIN}/faq-chat-encoder/worker.js`]);
  // The knowledge file is read once: the worker gets the entries the widget loaded.
  expect(own.filter((r) => r.endsWith('/faq.json'))).toHaveLength(1);
  expect(setCookies).toEqual([]);
  expect(await context.cookies()).toEqual([]);

  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    session: Object.keys(sessionStorage),
    local: localStorage.length,
    idb: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(stored).toEqual({
    cookie: '',
    session: [`faq-chat:v1:${ORIGIN}/faq.json`],
    local: 0,
    idb: [],
    caches: [],
    workers: 0,
  });
  // The stored value is the conversation and open state, nothing more.
  const value = JSON.parse((await page.evaluate((k) => sessionStorage.getItem(k), stored.session[0]))!);
  expect(Object.keys(value).sort()).toEqual(['messages', 'open']);
  expect(
    value.messages.filter((m: { kind: string }) => m.kind == 'visitor').map((m: { text: string }) => m.text),
  ).toContain('What is the weather in Paris?');
});
