/**
 * Whether this page carries schema.org FAQPage data (JSON-LD or microdata): a quick look, in faq-chat.js, so the
 * tag without data-knowledge can use the page's own FAQ. faq-chat-app.js reads the questions themselves.
 */
export const pageHasFaq = (): boolean =>
  !!document.querySelector('[itemtype$="/FAQPage" i]') ||
  [...document.querySelectorAll('script[type="application/ld+json" i]')].some((s) => /FAQPage/.test(s.textContent!));
