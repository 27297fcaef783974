/**
 * The TensorFlow.js kernels Universal Sentence Encoder lite runs, and only those, on both backends: the worker's bundle
 * registers these instead of every kernel of both backends (TensorFlow.js's documented size-optimised build), which
 * leaves out most of the plain-JavaScript backend's code (see lean/ and vite.config.ts). kernels.test.ts fails when the
 * model needs one more.
 */
import { registerKernel, type KernelConfig } from '@tensorflow/tfjs-core';
import { addConfig as cpuAdd } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Add';
import { batchMatMulConfig as cpuBatchMatMul } from '@tensorflow/tfjs-backend-cpu/dist/kernels/BatchMatMul';
import { castConfig as cpuCast } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Cast';
import { concatConfig as cpuConcat } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Concat';
import { conv2DConfig as cpuConv2D } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2D';
import { cosConfig as cpuCos } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Cos';
import { expandDimsConfig as cpuExpandDims } from '@tensorflow/tfjs-backend-cpu/dist/kernels/ExpandDims';
import { gatherNdConfig as cpuGatherNd } from '@tensorflow/tfjs-backend-cpu/dist/kernels/GatherNd';
import { gatherV2Config as cpuGatherV2 } from '@tensorflow/tfjs-backend-cpu/dist/kernels/GatherV2';
import { greaterConfig as cpuGreater } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Greater';
import { lessConfig as cpuLess } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Less';
import { logicalNotConfig as cpuLogicalNot } from '@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalNot';
import { maxConfig as cpuMax } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Max';
import { maximumConfig as cpuMaximum } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Maximum';
import { meanConfig as cpuMean } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Mean';
import { multiplyConfig as cpuMultiply } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Multiply';
import { packConfig as cpuPack } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Pack';
import { prodConfig as cpuProd } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Prod';
import { rangeConfig as cpuRange } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Range';
import { realDivConfig as cpuRealDiv } from '@tensorflow/tfjs-backend-cpu/dist/kernels/RealDiv';
import { reluConfig as cpuRelu } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Relu';
import { reshapeConfig as cpuReshape } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Reshape';
import { rsqrtConfig as cpuRsqrt } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Rsqrt';
import { scatterNdConfig as cpuScatterNd } from '@tensorflow/tfjs-backend-cpu/dist/kernels/ScatterNd';
import { sinConfig as cpuSin } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Sin';
import { sliceConfig as cpuSlice } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Slice';
import { softmaxConfig as cpuSoftmax } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Softmax';
import { sparseToDenseConfig as cpuSparseToDense } from '@tensorflow/tfjs-backend-cpu/dist/kernels/SparseToDense';
import { splitVConfig as cpuSplitV } from '@tensorflow/tfjs-backend-cpu/dist/kernels/SplitV';
import { squareConfig as cpuSquare } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Square';
import { stridedSliceConfig as cpuStridedSlice } from '@tensorflow/tfjs-backend-cpu/dist/kernels/StridedSlice';
import { subConfig as cpuSub } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Sub';
import { sumConfig as cpuSum } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Sum';
import { tanhConfig as cpuTanh } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Tanh';
import { transposeConfig as cpuTranspose } from '@tensorflow/tfjs-backend-cpu/dist/kernels/Transpose';
import { addConfig as wasmAdd } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Add';
import { batchMatMulConfig as wasmBatchMatMul } from '@tensorflow/tfjs-backend-wasm/dist/kernels/BatchMatMul';
import { castConfig as wasmCast } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Cast';
import { concatConfig as wasmConcat } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Concat';
import { conv2DConfig as wasmConv2D } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Conv2D';
import { cosConfig as wasmCos } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Cos';
import { expandDimsConfig as wasmExpandDims } from '@tensorflow/tfjs-backend-wasm/dist/kernels/ExpandDims';
import { gatherNdConfig as wasmGatherNd } from '@tensorflow/tfjs-backend-wasm/dist/kernels/GatherNd';
import { gatherV2Config as wasmGatherV2 } from '@tensorflow/tfjs-backend-wasm/dist/kernels/GatherV2';
import { greaterConfig as wasmGreater } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Greater';
import { lessConfig as wasmLess } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Less';
import { logicalNotConfig as wasmLogicalNot } from '@tensorflow/tfjs-backend-wasm/dist/kernels/LogicalNot';
import { maxConfig as wasmMax } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Max';
import { maximumConfig as wasmMaximum } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Maximum';
import { meanConfig as wasmMean } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Mean';
import { multiplyConfig as wasmMultiply } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Multiply';
import { packConfig as wasmPack } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Pack';
import { prodConfig as wasmProd } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Prod';
import { rangeConfig as wasmRange } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Range';
import { realDivConfig as wasmRealDiv } from '@tensorflow/tfjs-backend-wasm/dist/kernels/RealDiv';
import { reluConfig as wasmRelu } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Relu';
import { reshapeConfig as wasmReshape } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Reshape';
import { rsqrtConfig as wasmRsqrt } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Rsqrt';
import { scatterNdConfig as wasmScatterNd } from '@tensorflow/tfjs-backend-wasm/dist/kernels/ScatterNd';
import { sinConfig as wasmSin } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Sin';
import { sliceConfig as wasmSlice } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Slice';
import { softmaxConfig as wasmSoftmax } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Softmax';
import { sparseToDenseConfig as wasmSparseToDense } from '@tensorflow/tfjs-backend-wasm/dist/kernels/SparseToDense';
import { splitVConfig as wasmSplitV } from '@tensorflow/tfjs-backend-wasm/dist/kernels/SplitV';
import { squareConfig as wasmSquare } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Square';
import { stridedSliceConfig as wasmStridedSlice } from '@tensorflow/tfjs-backend-wasm/dist/kernels/StridedSlice';
import { subConfig as wasmSub } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Sub';
import { sumConfig as wasmSum } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Sum';
import { tanhConfig as wasmTanh } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Tanh';
import { transposeConfig as wasmTranspose } from '@tensorflow/tfjs-backend-wasm/dist/kernels/Transpose';

/** The plain-JavaScript backend's kernels the model runs. */
export const CPU_KERNELS: KernelConfig[] = [
  cpuAdd,
  cpuBatchMatMul,
  cpuCast,
  cpuConcat,
  cpuConv2D,
  cpuCos,
  cpuExpandDims,
  cpuGatherNd,
  cpuGatherV2,
  cpuGreater,
  cpuLess,
  cpuLogicalNot,
  cpuMax,
  cpuMaximum,
  cpuMean,
  cpuMultiply,
  cpuPack,
  cpuProd,
  cpuRange,
  cpuRealDiv,
  cpuRelu,
  cpuReshape,
  cpuRsqrt,
  cpuScatterNd,
  cpuSin,
  cpuSlice,
  cpuSoftmax,
  cpuSparseToDense,
  cpuSplitV,
  cpuSquare,
  cpuStridedSlice,
  cpuSub,
  cpuSum,
  cpuTanh,
  cpuTranspose,
];

/** The WebAssembly backend's kernels the model runs. */
export const WASM_KERNELS: KernelConfig[] = [
  wasmAdd,
  wasmBatchMatMul,
  wasmCast,
  wasmConcat,
  wasmConv2D,
  wasmCos,
  wasmExpandDims,
  wasmGatherNd,
  wasmGatherV2,
  wasmGreater,
  wasmLess,
  wasmLogicalNot,
  wasmMax,
  wasmMaximum,
  wasmMean,
  wasmMultiply,
  wasmPack,
  wasmProd,
  wasmRange,
  wasmRealDiv,
  wasmRelu,
  wasmReshape,
  wasmRsqrt,
  wasmScatterNd,
  wasmSin,
  wasmSlice,
  wasmSoftmax,
  wasmSparseToDense,
  wasmSplitV,
  wasmSquare,
  wasmStridedSlice,
  wasmSub,
  wasmSum,
  wasmTanh,
  wasmTranspose,
];

/** Registers `kernels` (each once: registering one twice only warns). */
export function registerKernels(kernels: KernelConfig[]) {
  for (const k of kernels) registerKernel(k);
}
