const sheets = new Map<string, CSSStyleSheet>();

/** One constructable stylesheet per CSS text, shared by every widget on the page. */
function sheetOf(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/**
 * Styles a shadow root with `css` (in order), as constructable stylesheets, which strict CSPs without
 * 'unsafe-inline' allow; falls back to <style> elements where that API is missing.
 */
export function applyStyles(root: ShadowRoot, ...css: string[]) {
  if ('adoptedStyleSheets' in root) {
    root.adoptedStyleSheets = css.map(sheetOf);
    return;
  }
  for (const text of css) {
    const style = document.createElement('style');
    style.textContent = text;
    (root as ParentNode).append(style);
  }
}
