/** Runs `fn` once the page has loaded and the browser is idle; returns a cancel function. */
export function whenIdle(fn: () => void): () => void {
  let id: ReturnType<typeof setTimeout> | number = 0;
  const ric = 'requestIdleCallback' in window;
  const idle = () => {
    id = ric ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 200);
  };
  if (document.readyState == 'complete') idle();
  else addEventListener('load', idle, { once: true });
  return () => {
    removeEventListener('load', idle);
    ric ? cancelIdleCallback(id as number) : clearTimeout(id);
  };
}
