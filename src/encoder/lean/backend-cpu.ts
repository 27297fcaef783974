/** '@tensorflow/tfjs-backend-cpu' in the worker's bundle (vite.config.ts aliases it here): only the model's kernels. */
import { CPU_KERNELS, registerKernels } from '../kernels';

export * from '@tensorflow/tfjs-backend-cpu/dist/base';

registerKernels(CPU_KERNELS);
