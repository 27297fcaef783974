/** '@tensorflow/tfjs-backend-wasm' in the worker's bundle (vite.config.ts aliases it here): only the model's kernels. */
import { registerKernels, WASM_KERNELS } from '../kernels';

export * from '@tensorflow/tfjs-backend-wasm/dist/base';

registerKernels(WASM_KERNELS);
