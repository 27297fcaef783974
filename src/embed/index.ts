/**
 * The one-script-tag entry (dist/faq-chat.js):
 *   <script src="…/faq-chat.js" data-knowledge="/faq.json" async></script>
 * It holds only the configuration, the launcher, `window.FaqChat` and `<faq-chat>`; the widget itself is
 * faq-chat-app.js beside it. document.currentScript is only set while this runs, so it is read here, once.
 */
import { boot } from './boot';

boot(document.currentScript as HTMLScriptElement | null);
