/** Runs `fn` once the page has loaded and the browser is idle; returns a cancel function. */
export function whenIdle(fn: () => void): () => void {
  let live = true;
  const run = () => live && fn();
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 3000 }) : setTimeout(run, 200);
  if (document.readyState == 'complete') idle();
  else addEventListener('load', idle, { once: true });
  return () => (live = false);
}
