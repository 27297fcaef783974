/** The sessionStorage key of a widget's conversation, per knowledge file. */
export const sessionKey = (knowledge: string) => 'faq-chat:v1:' + knowledge;

/** Reads a JSON value from sessionStorage; null when absent, unreadable or storage is blocked. */
export function readSession(key: string): unknown {
  try {
    return JSON.parse(sessionStorage.getItem(key)!);
  } catch {
    return null;
  }
}

/** Writes a JSON value to sessionStorage; blocked or full storage only means no persistence. */
export function writeSession(key: string, value: unknown) {
  try {
    sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // The widget works without persistence.
  }
}
