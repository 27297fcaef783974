/**
 * '@tensorflow/tfjs-core' in the worker's bundle (vite.config.ts aliases it here): the package's index without its
 * training optimisers, as TensorFlow.js's own size-optimised builds do.
 */
import '@tensorflow/tfjs-core/dist/base_side_effects';

export * from '@tensorflow/tfjs-core/dist/base';
