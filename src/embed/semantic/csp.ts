/**
 * Whether a Content-Security-Policy lets this context compile WebAssembly. Trying and failing would report a
 * violation to the site owner, so the worker reads the policy first. In Chromium (checked in 155) a dedicated
 * worker is governed by the headers of its own script's response, not by the page's policy, so those are the
 * headers to read (see README, "Privacy").
 */

/** True when every policy in these header values (enforced and report-only) allows compiling WebAssembly. */
export function wasmAllowed(headers: (string | null)[]): boolean {
  return headers.every((h) => !h || h.split(',').every(policyAllowsWasm));
}

function policyAllowsWasm(policy: string): boolean {
  const directives = new Map<string, string[]>();
  for (const d of policy.split(';')) {
    const [name, ...sources] = d.trim().toLowerCase().split(/\s+/);
    // A repeated directive is ignored: the first one counts.
    if (name && !directives.has(name)) directives.set(name, sources);
  }
  // Compiling WebAssembly is checked against script-src, which falls back to default-src.
  const sources = directives.get('script-src') ?? directives.get('default-src');
  return !sources || sources.includes("'wasm-unsafe-eval'") || sources.includes("'unsafe-eval'");
}
