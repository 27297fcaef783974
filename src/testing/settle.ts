/** Test helper. The signals a test waits on: the model's loading state and its pending replies. */
interface Settling {
  lifecycle: { value: string };
  typing: { value: boolean };
}

/**
 * Waits, a task at a time, until the model has stopped loading and has no reply pending. Loading takes
 * as many tasks as indexing needs slices, which depends on the machine's speed, so a fixed count of tasks
 * is flaky on a slow or cold CI machine; this waits for the state instead (up to 5 s).
 */
export const settle = async (m: Settling): Promise<void> => {
  for (const end = Date.now() + 5000; Date.now() < end; ) {
    await new Promise((r) => setTimeout(r, 0));
    if (m.lifecycle.value != 'loading' && !m.typing.value) return;
  }
  throw new Error(`model did not settle: still ${m.lifecycle.value}`);
};
