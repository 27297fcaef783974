import css from '../styles/widget.css?inline';

let sheet: CSSStyleSheet | undefined;

/**
 * Styles a shadow root with a constructable stylesheet, which strict CSPs without
 * 'unsafe-inline' allow; falls back to a <style> element where that API is missing.
 */
export function applyStyles(root: ShadowRoot) {
  if ('adoptedStyleSheets' in root) {
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    (root as ParentNode).append(style);
  }
}
