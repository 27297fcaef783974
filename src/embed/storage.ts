/** A JSON value in sessionStorage under one key; every access survives blocked or full storage. */
export function sessionSlot(key: string) {
  return {
    read(): unknown {
      try {
        return JSON.parse(sessionStorage.getItem(key) || 'null');
      } catch {
        return null;
      }
    },
    write(value: unknown) {
      try {
        sessionStorage.setItem(key, JSON.stringify(value));
      } catch {
        // Storage blocked or full: the widget works without persistence.
      }
    },
  };
}
