/**
 * Chooses where TensorFlow.js computes: WebAssembly (about 10× faster) when it may be compiled here, else
 * plain JavaScript. A Content-Security-Policy without 'wasm-unsafe-eval' forbids compiling WebAssembly;
 * the caller says so up front (wasm: false) so that nothing is attempted that the policy would report.
 */
import { env, getBackend, setBackend } from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

/** Which backend runs the model. */
export type Backend = 'wasm' | 'cpu';

/** Selects a backend; `wasmDir` is the folder (URL or path ending in "/") holding tfjs-backend-wasm*.wasm. */
export async function selectBackend(wasmDir: string, wasm: boolean): Promise<Backend> {
  if (wasm) {
    setWasmPaths(wasmDir);
    // The threaded build is not shipped (it needs a cross-origin-isolated page and starts workers from blob: URLs,
    // which strict policies forbid); on an isolated page TensorFlow.js would otherwise ask for it.
    env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    try {
      if (await setBackend('wasm')) return 'wasm';
    } catch {
      // Fall through to the JavaScript backend: slower, but it runs anywhere.
    }
  }
  if (!(await setBackend('cpu'))) throw Error(`no TensorFlow.js backend could start (current: ${getBackend()})`);
  return 'cpu';
}
