import { effect, type ReadonlySignal } from '@preact/signals-core';

/**
 * On a phone the open panel covers the visual viewport, which the on-screen keyboard shrinks and moves, and the
 * page behind must not scroll; the page's own overflow value comes back on close. The first fit waits for the next
 * frame: reading the viewport right after the panel was rendered would lay it out inside the opening click (until
 * then the panel fills the layout viewport, which is the visual one before the keyboard is up). Returns the cleanup.
 */
export function fitPhoneViewport(host: HTMLElement, isOpen: ReadonlySignal<boolean>): () => void {
  const narrow = matchMedia('(max-width:480px)');
  return effect(() => {
    if (!isOpen.value || !narrow.matches || !visualViewport) return;
    const vv = visualViewport;
    const page = document.documentElement.style;
    const was = page.overflow;
    const ac = new AbortController();
    const fit = () => {
      host.style.setProperty('--faq-chat-viewport-height', `${vv.height}px`);
      host.style.setProperty('--faq-chat-viewport-top', `${vv.offsetTop}px`);
    };
    const frame = requestAnimationFrame(fit);
    page.overflow = 'hidden';
    vv.addEventListener('resize', fit, ac);
    vv.addEventListener('scroll', fit, ac);
    return () => {
      cancelAnimationFrame(frame);
      page.overflow = was;
      ac.abort();
    };
  });
}
