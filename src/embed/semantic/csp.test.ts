import { describe, expect, it } from 'vitest';
import { blobWorkersAllowed, wasmAllowed } from './csp';

describe('wasmAllowed', () => {
  it('allows WebAssembly without a policy or without script restrictions', () => {
    expect(wasmAllowed([null, null])).toBe(true);
    expect(wasmAllowed(["img-src 'self'; style-src 'self'"])).toBe(true);
  });

  it("forbids it when script-src (or default-src in its place) lacks 'wasm-unsafe-eval' and 'unsafe-eval'", () => {
    expect(wasmAllowed(["default-src 'self'; script-src 'self'; style-src 'self'"])).toBe(false);
    expect(wasmAllowed(["default-src 'self'"])).toBe(false);
    expect(wasmAllowed(["default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"])).toBe(true);
    expect(wasmAllowed(["script-src 'self' 'unsafe-eval'"])).toBe(true);
    expect(wasmAllowed(["default-src 'self' 'wasm-unsafe-eval'"])).toBe(true);
  });

  it('reads script-src before default-src, the first of a repeated directive, and is case-insensitive', () => {
    expect(wasmAllowed(["default-src 'wasm-unsafe-eval'; script-src 'self'"])).toBe(false);
    expect(wasmAllowed(["script-src 'self'; script-src 'wasm-unsafe-eval'"])).toBe(false);
    expect(wasmAllowed(["SCRIPT-SRC 'SELF' 'WASM-UNSAFE-EVAL'"])).toBe(true);
  });

  it('needs every policy to allow it: several in one header, and report-only ones (they would report)', () => {
    expect(wasmAllowed(["script-src 'wasm-unsafe-eval', default-src 'self'"])).toBe(false);
    expect(wasmAllowed(["script-src 'wasm-unsafe-eval'", "script-src 'self'"])).toBe(false);
    expect(wasmAllowed(["script-src 'wasm-unsafe-eval'", "script-src 'self' 'wasm-unsafe-eval'"])).toBe(true);
  });
});

describe('blobWorkersAllowed', () => {
  it('allows blob: workers without a policy, or when the governing directive lists blob:', () => {
    expect(blobWorkersAllowed([null])).toBe(true);
    expect(blobWorkersAllowed(["img-src 'self'"])).toBe(true);
    expect(blobWorkersAllowed(["default-src 'self'; worker-src 'self' blob:"])).toBe(true);
    expect(blobWorkersAllowed(["script-src 'self' blob:"])).toBe(true);
  });

  it('follows worker-src, then child-src, script-src and default-src; * does not cover blob:', () => {
    expect(blobWorkersAllowed(["worker-src 'self'; script-src blob:"])).toBe(false);
    expect(blobWorkersAllowed(["child-src 'self'; default-src blob:"])).toBe(false);
    expect(blobWorkersAllowed(["default-src 'self'"])).toBe(false);
    expect(blobWorkersAllowed(['worker-src *'])).toBe(false);
    expect(blobWorkersAllowed(['worker-src blob:', "worker-src 'self'"])).toBe(false);
  });
});
