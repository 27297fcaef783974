/**
 * Where the e2e server listens. playwright.config.ts picks the port once (from FAQ_CHAT_E2E_PORT, or one derived
 * from this checkout's path so two checkouts on one machine do not meet) and puts it in the environment that the
 * test workers inherit.
 */
export const PORT = Number(process.env.FAQ_CHAT_E2E_PORT);
export const ORIGIN = `http://localhost:${PORT}`;
