import { expect, test } from './fixtures';

// The bare page pastes the one-script-tag snippet with a fixture knowledge base (e2e/fixtures/kb.json).
test.beforeEach(async ({ page }) => {
  await page.goto('/fixtures/bare.html');
});

test('the launcher opens a labelled dialog with the greeting and starter chips', async ({ widget }) => {
  await expect(widget.launcher).toHaveAttribute('aria-label', 'Open chat');
  await expect(widget.launcher).toHaveAttribute('aria-expanded', 'false');
  await expect(widget.panel).toBeHidden();
  await widget.open();
  await expect(widget.launcher).toHaveAttribute('aria-expanded', 'true');
  await expect(widget.launcher).toHaveAttribute('aria-controls', 'faq-chat-panel');
  await expect(widget.panel).toHaveAttribute('role', 'dialog');
  await expect(widget.panel).toHaveAttribute('aria-label', 'Acme AI help');
  await expect(widget.part('header')).toContainText('Acme AI help');
  await expect(widget.part('messages')).toContainText('Ask about pricing, hosting or compliance.');
  await expect(widget.part('chip')).toHaveText([
    'How much does a deployment cost?',
    'Can you deploy on our own servers?',
    'Do you sign a BAA for HIPAA?',
  ]);
  await expect(widget.input).toBeFocused();
});

test('a question with typos gets the right formatted answer and the real booking link', async ({ widget }) => {
  await widget.open();
  await widget.ask('how much dose it cots');
  await expect(widget.visitorMessages).toHaveText(['how much dose it cots']);
  const reply = widget.lastReply;
  await expect(reply.locator('[part~="message-answer"]')).toContainText('A typical deployment costs from €12,000');
  await expect(reply.locator('strong')).toHaveText('from €12,000');
  await expect(reply.locator('li')).toHaveText(['the model size', 'the hosting']);
  const link = reply.locator('[part~="message-answer"] a');
  await expect(link).toHaveAttribute('href', 'https://acme.example.com/pricing');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(reply.locator('[part~="cta"]')).toHaveCount(0); // the footer's link serves every answer without its own
  const cta = widget.booking;
  await expect(cta).toHaveText('Book a call');
  await expect(cta).toHaveAttribute('href', 'https://cal.example.com/acme/intro');
  await expect(cta).toHaveAttribute('target', '_blank');
  await expect(cta).toHaveAttribute('rel', 'noopener noreferrer');
});

test("an entry's own cta wins over the knowledge base's", async ({ widget }) => {
  await widget.open();
  await widget.ask('hipaa');
  const cta = widget.lastReply.locator('[part="cta"]');
  await expect(cta).toHaveText('Talk to compliance');
  await expect(cta).toHaveAttribute('href', 'https://acme.example.com/compliance');
});

test('a starter chip asks its question', async ({ widget }) => {
  await widget.open();
  await widget.part('chip').filter({ hasText: 'Can you deploy on our own servers?' }).click();
  await expect(widget.visitorMessages).toHaveText(['Can you deploy on our own servers?']);
  await expect(widget.answers.last()).toContainText('inside your network');
  await expect(widget.part('chip').filter({ hasText: 'How much does a deployment cost?' })).toHaveCount(0);
});

test('a follow-up chip under an answer asks the related question', async ({ widget }) => {
  await widget.open();
  await widget.ask('pricing');
  const followUp = widget.lastReply.locator('[part~="chip"]');
  await expect(followUp).toHaveText(['Can you deploy on our own servers?']);
  await followUp.click();
  await expect(widget.visitorMessages.last()).toHaveText('Can you deploy on our own servers?');
  await expect(widget.answers.last()).toContainText('no data leaves your servers');
});

test('an ambiguous question offers "Did you mean…" chips that answer', async ({ widget }) => {
  await widget.open();
  await widget.ask('does openai train');
  const reply = widget.lastReply;
  await expect(reply.locator('[part~="message-answer"]')).toHaveText('Did you mean…');
  const chips = reply.locator('[part~="suggestion"]');
  await expect(chips).toHaveText([
    'Does OpenAI train on ChatGPT conversations?',
    'Does OpenAI train on data sent through its API?',
  ]);
  await chips.last().click();
  await expect(widget.answers.last()).toContainText('does not train on API data');
});

test('an unknown question gets the honest fallback and the booking link', async ({ widget }) => {
  await widget.open();
  await widget.ask('what is the weather in paris');
  await expect(widget.part('fallback')).toHaveText(
    "I don't have an answer for that yet. A person can help on a short call.",
  );
  await expect(widget.booking).toHaveAttribute('href', 'https://cal.example.com/acme/intro');
});

test('small talk gets a friendly reply, not a fallback', async ({ widget }) => {
  await widget.open();
  await widget.ask('thanks!');
  await expect(widget.answers.last()).toContainText("You're welcome");
  await expect(widget.part('fallback')).toHaveCount(0);
});

test('Enter sends, Shift+Enter adds a line, blank messages are not sent', async ({ widget }) => {
  await widget.open();
  await widget.input.press('Enter');
  await widget.input.fill('   \n  ');
  await widget.input.press('Enter');
  await expect(widget.visitorMessages).toHaveCount(0);
  await widget.input.fill('');
  await widget.input.pressSequentially('pricing');
  await widget.input.press('Shift+Enter');
  await widget.input.pressSequentially('please');
  await expect(widget.input).toHaveValue('pricing\nplease');
  await expect(widget.visitorMessages).toHaveCount(0);
  await widget.input.press('Enter');
  await expect(widget.visitorMessages).toHaveText(['pricing\nplease']);
  await expect(widget.input).toHaveValue('');
  await widget.part('send').click();
  await expect(widget.visitorMessages).toHaveCount(1);
});

test('the send button sends', async ({ widget }) => {
  await widget.open();
  await widget.input.fill('pricing');
  await widget.part('send').click();
  await expect(widget.answers.last()).toContainText('from €12,000');
});

test('a very long message is clipped with a visible note', async ({ widget }) => {
  await widget.open();
  await widget.ask('a'.repeat(1500));
  await expect(widget.visitorMessages.last()).toHaveText('a'.repeat(1000));
  await expect(widget.host.locator('.note')).toHaveText('Your message was shortened to 1000 characters.');
});

test('the conversation and open state survive a reload; start over clears them', async ({ page, widget }) => {
  await widget.open();
  await widget.ask('pricing');
  await expect(widget.answers.last()).toContainText('from €12,000');
  await page.reload();
  await expect(widget.panel).toBeVisible();
  await expect(widget.visitorMessages).toHaveText(['pricing']);
  await expect(widget.answers.last()).toContainText('from €12,000');
  await expect(widget.input).not.toBeFocused();
  await widget.part('restart').click();
  await expect(widget.visitorMessages).toHaveCount(0);
  await expect(widget.part('chip')).toHaveCount(3);
  await widget.part('close').click();
  await page.reload();
  await expect(widget.launcher).toBeVisible();
  await expect(widget.panel).toBeHidden();
  await widget.open();
  await expect(widget.visitorMessages).toHaveCount(0);
});

test('the list scrolls to the newest reply', async ({ widget }) => {
  await widget.open();
  for (const q of ['pricing', 'hipaa', 'self-hosted', 'pricing', 'hipaa']) await widget.ask(q);
  await expect(widget.answers).toHaveCount(5);
  await expect(widget.answers.last()).toBeInViewport();
  expect(await widget.part('messages').evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
});
