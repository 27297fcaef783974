/**
 * faq-chat-app.js, the widget itself (Preact UI, chat model, matcher), which faq-chat.js loads from its own folder
 * on idle or at the visitor's first sign of interest. It hands the widget (`widgetApp`) to the script element that
 * loaded it (see app-loader.ts), so it adds no global.
 */
import { APP_EVENT, type AppEvent } from './app-loader';
import { widgetApp } from './widget-app';

document.currentScript?.dispatchEvent(new CustomEvent(APP_EVENT, { detail: widgetApp }) satisfies AppEvent);
