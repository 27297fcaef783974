import launcherCss from '../styles/launcher.css?inline';
import { defaultStrings } from '../state/strings';
import type { LauncherConfig } from './config';
import { applyStyles } from './styles';

const SVG = 'http://www.w3.org/2000/svg';
/** ui/Icons.tsx's speech bubble. */
const CHAT_ICON = 'M4 4h16a2 2 0 012 2v10a2 2 0 01-2 2H9l-5 4v-4a2 2 0 01-2-2V6a2 2 0 012-2z';

/**
 * Draws the closed launcher in plain DOM, the same markup and styles as ui/Launcher.tsx, so the host page pays
 * no framework before a visitor shows interest. faq-chat-app.js replaces it with the real widget.
 * Returns the button (undefined with launcher="none").
 */
export function drawLauncher(root: ShadowRoot, config: LauncherConfig): HTMLButtonElement | undefined {
  applyStyles(root, launcherCss);
  if (config.launcher == 'none') return;
  const box = document.createElement('div');
  box.className = `fc ${config.position} ${config.theme} ${config.launcher}`;
  // From the page's dir attributes: the computed direction (what the widget itself reads) would make the browser
  // compute the host page's styles inside our script, before the page has loaded.
  box.dir = document.documentElement.dir == 'rtl' || document.body?.dir == 'rtl' ? 'rtl' : 'ltr';
  const button = document.createElement('button');
  button.setAttribute('part', 'launcher');
  button.className = 'launcher';
  if (!config.launcherLabel) button.setAttribute('aria-label', defaultStrings.open);
  button.setAttribute('aria-expanded', 'false');
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', CHAT_ICON);
  svg.append(path);
  button.append(svg);
  if (config.launcherLabel) button.append(config.launcherLabel);
  box.append(button);
  root.replaceChildren(box);
  return button;
}

/** Tells the visitor, beside the launcher, that the chat they asked for cannot load now (faq-chat-app.js failed). */
export function showNotice(root: ShadowRoot) {
  const box = root.querySelector('.fc');
  if (!box || box.querySelector('.notice')) return;
  const notice = document.createElement('p');
  notice.setAttribute('part', 'notice');
  notice.setAttribute('role', 'status');
  notice.className = 'notice';
  notice.textContent = defaultStrings.unavailable;
  box.append(notice);
}
