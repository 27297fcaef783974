import { describe, expect, it } from 'vitest';
import { wasmAllowed } from './csp';

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
