/**
 * What a Content-Security-Policy allows the encoder, read from the policy's text so that nothing it forbids is ever
 * attempted: a refused attempt is reported to the site owner as a violation. In Chromium (checked in 155) a dedicated
 * worker is governed by the headers of its own script's response, and one started from a blob: URL by the page's
 * policy (see README, "Privacy").
 */

/** The sources of the first directive of `chain` that the policy has; undefined when it has none of them. */
function sourcesOf(policy: string, chain: string[]): string[] | undefined {
  const directives = new Map<string, string[]>();
  for (const d of policy.split(';')) {
    const [name, ...sources] = d.trim().toLowerCase().split(/\s+/);
    // A repeated directive is ignored: the first one counts.
    if (name && !directives.has(name)) directives.set(name, sources);
  }
  for (const name of chain) if (directives.has(name)) return directives.get(name);
  return undefined;
}

/** True when every policy in these header values (enforced and report-only) satisfies `ok`. */
const every = (headers: (string | null)[], ok: (policy: string) => boolean): boolean =>
  headers.every((h) => !h || h.split(',').every(ok));

/** True when every policy in these header values (enforced and report-only) allows compiling WebAssembly. */
export function wasmAllowed(headers: (string | null)[]): boolean {
  // Compiling WebAssembly is checked against script-src, which falls back to default-src.
  return every(headers, (policy) => {
    const sources = sourcesOf(policy, ['script-src', 'default-src']);
    return !sources || sources.includes("'wasm-unsafe-eval'") || sources.includes("'unsafe-eval'");
  });
}

/** True when every policy allows starting a worker from a blob: URL (worker-src, else child-src, script-src, default-src). */
export function blobWorkersAllowed(policies: (string | null)[]): boolean {
  return every(policies, (policy) => {
    const sources = sourcesOf(policy, ['worker-src', 'child-src', 'script-src', 'default-src']);
    return !sources || sources.includes('blob:');
  });
}
