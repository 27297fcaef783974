// Quantisation schemes for the encoder's weight matrices (scripts/build-model.mjs ships one; bench/encoder-candidates.ts
// measures them all). Each scheme turns a float32 matrix into the bytes that ship plus the values the model will then
// compute with, so size and quality are measured on exactly what a visitor downloads.

/** Mean and standard deviation. */
export function stats(values) {
  let sum = 0;
  let squares = 0;
  for (const v of values) {
    sum += v;
    squares += v * v;
  }
  const mean = sum / values.length;
  return { mean, sd: Math.sqrt(Math.max(squares / values.length - mean * mean, 0)) };
}

/**
 * TensorFlow.js's own affine uint8 (value = code * scale + min, one scale per matrix) with codes 0..255 spread over the
 * matrix's whole range: what faq-chat shipped first.
 */
export function affineMinMax(values) {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const scale = (max - min) / 255 || 1;
  return affine(values, min, scale);
}

/**
 * TensorFlow.js's affine uint8 again, but with a step of `step` standard deviations: most weights fall in a few dozen
 * codes, so gzip's Huffman coding stores each in about 2 − log2(step) bits instead of 6, and the file still loads with
 * no decoder at all. The step is never finer than the matrix's range over 255 codes: a matrix with weights 34 standard
 * deviations out keeps them (clipping such outliers moves the vectors far more than a coarser step does).
 */
export function affineStep(values, step) {
  const { lo, scale } = stepGrid(values, step);
  return affine(values, lo, scale);
}

/**
 * The grid of a step of `step` standard deviations, never finer than the range over 255 codes: its scale, and its
 * lowest code's value `lo`, the 256 codes centred on the range so that every weight has one.
 */
function stepGrid(values, step) {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const scale = Math.max(stats(values).sd * step, (max - min) / 255) || 1;
  return { scale, lo: (min + max) / 2 - 127.5 * scale };
}

function affine(values, min, scale) {
  const codes = new Uint8Array(values.length);
  const decoded = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const q = Math.min(255, Math.max(0, Math.round((values[i] - min) / scale)));
    codes[i] = q;
    decoded[i] = q * scale + min;
  }
  return { bytes: [codes], decoded, quantization: { dtype: 'uint8', min, scale } };
}

/**
 * `bits`-bit codes (packed two per byte at 4 bits) with a min/max per group of `group` consecutive values (a row of
 * the embedding table at group = 256): each group's range is its own, so one outlier costs only its group.
 * Scales and minimums are float16-rounded and stored apart from the codes (gzip finds no pattern in them, and
 * mixing them in would break the codes' byte statistics). Needs faq-chat's decoder (src/encoder/decode.ts).
 */
export function grouped(values, bits, group) {
  const levels = (1 << bits) - 1;
  const groups = Math.ceil(values.length / group);
  const mins = new Float32Array(groups);
  const scales = new Float32Array(groups);
  const codes = new Uint8Array(values.length);
  const decoded = new Float32Array(values.length);
  for (let g = 0; g < groups; g++) {
    const from = g * group;
    const to = Math.min(from + group, values.length);
    let min = Infinity;
    let max = -Infinity;
    for (let i = from; i < to; i++) {
      if (values[i] < min) min = values[i];
      if (values[i] > max) max = values[i];
    }
    mins[g] = Math.fround(min);
    scales[g] = Math.fround((max - min) / levels || 1);
    for (let i = from; i < to; i++) {
      const q = Math.min(levels, Math.max(0, Math.round((values[i] - mins[g]) / scales[g])));
      codes[i] = q;
      decoded[i] = q * scales[g] + mins[g];
    }
  }
  const packed = bits == 4 ? pack4(codes) : codes;
  return {
    bytes: [packed, new Uint8Array(mins.buffer), new Uint8Array(scales.buffer)],
    decoded,
    quantization: { faqChat: { bits, group } },
  };
}

function pack4(codes) {
  const out = new Uint8Array(Math.ceil(codes.length / 2));
  for (let i = 0; i < codes.length; i++) out[i >> 1] |= codes[i] << ((i & 1) * 4);
  return out;
}

/**
 * How much each weight matrix moves the model's sentence vectors when it alone is quantised with a step of one standard
 * deviation (1 − mean cosine to the float32 vectors over the shop and home-services questions and entries;
 * `node --import tsx bench/encoder-candidates.ts --sensitivity`). Keys are the ends of the weights' names.
 */
export const SENSITIVITY = {
  'Layer_1/TransformerLayer/FFN/conv2/Tensordot/Reshape_1': 1.86e-2,
  'Layer_1/TransformerLayer/FFN/conv1/Tensordot/Reshape_1': 2.92e-2,
  'Layer_1/TransformerLayer/MultiheadAttention/qkv_transform_single/kernel/part_0': 2.35e-2,
  'Layer_1/TransformerLayer/MultiheadAttention/output_transform_single/kernel/part_0': 2.39e-2,
  'Layer_0/TransformerLayer/FFN/conv2/Tensordot/Reshape_1': 2.69e-2,
  'Layer_0/TransformerLayer/FFN/conv1/Tensordot/Reshape_1': 3.51e-2,
  'Layer_0/TransformerLayer/MultiheadAttention/qkv_transform_single/kernel/part_0': 5.39e-2,
  'Layer_0/TransformerLayer/MultiheadAttention/output_transform_single/kernel/part_0': 3.19e-2,
  'module/Embeddings_en': 3.72e-2,
  'Layer_0/TransformerLayer/dense/kernel/ConcatPartitions/concat': 8.39e-2,
  'hidden_layers/tanh_layer_0/weights': 2.7e-2,
};

/**
 * The same measurement with error compensation (`gptq` with scripts/hessians.ts's statistics from the repository's own
 * texts) for the ten multiplied matrices; the embedding table, looked up, has none
 * (`bench/encoder-candidates.ts --sensitivity=gptq`).
 */
export const GPTQ_SENSITIVITY = {
  'Layer_1/TransformerLayer/FFN/conv2/Tensordot/Reshape_1': 9.01e-3,
  'Layer_1/TransformerLayer/FFN/conv1/Tensordot/Reshape_1': 1.88e-2,
  'Layer_1/TransformerLayer/MultiheadAttention/qkv_transform_single/kernel/part_0': 1.59e-2,
  'Layer_1/TransformerLayer/MultiheadAttention/output_transform_single/kernel/part_0': 1.26e-2,
  'Layer_0/TransformerLayer/FFN/conv2/Tensordot/Reshape_1': 1.82e-2,
  'Layer_0/TransformerLayer/FFN/conv1/Tensordot/Reshape_1': 1.18e-2,
  'Layer_0/TransformerLayer/MultiheadAttention/qkv_transform_single/kernel/part_0': 3.08e-2,
  'Layer_0/TransformerLayer/MultiheadAttention/output_transform_single/kernel/part_0': 2.25e-2,
  'module/Embeddings_en': 4.03e-2,
  'Layer_0/TransformerLayer/dense/kernel/ConcatPartitions/concat': 1.11e-2,
  'hidden_layers/tanh_layer_0/weights': 2.32e-2,
};

/**
 * Steps (in standard deviations) per weight matrix for a total distortion `target` (1 − mean cosine, the sum of every
 * matrix's share): each matrix gets the same share per weight, so a matrix whose weights matter more gets a finer step
 * (the classic allocation for quantisation noise that adds up: step ∝ 1/√sensitivity per weight).
 */
export function allocateSteps(sizes, target, sensitivity = SENSITIVITY) {
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  const steps = {};
  for (const [name, n] of Object.entries(sizes)) {
    const key = Object.keys(sensitivity).find((k) => name.endsWith(k));
    if (!key)
      throw Error(`[faq-chat] no measured sensitivity for the weights ${name}; measure it and add it to SENSITIVITY`);
    steps[name] = Math.sqrt((target * n) / (total * sensitivity[key]));
  }
  return steps;
}

/**
 * Error-compensating quantisation (GPTQ, Frantar et al. 2022) onto TensorFlow.js's affine uint8 grid with a step of
 * `step` standard deviations (as affineStep, so the file loads with no decoder): the matrix's input rows are quantised
 * one at a time, and each row's rounding error is pushed onto the rows not yet quantised, weighted by how the
 * calibration inputs correlate (`hessian`, XᵀX of the inputs, dim × dim), so the matrix's outputs on such inputs move
 * far less than its weights do. `values` is dim × out, row-major (y = x W).
 */
export function gptq(values, hessian, dim, step) {
  // Rows whose inputs are largest first (GPTQ's "act order"): their errors are then spread over the most rows left.
  const out = values.length / dim;
  const order = Array.from({ length: dim }, (_, i) => i).sort((a, b) => hessian[b * dim + b] - hessian[a * dim + a]);
  const w = new Float32Array(values.length);
  const h = new Float64Array(dim * dim);
  order.forEach((from, i) => {
    w.set(values.subarray(from * out, (from + 1) * out), i * out);
    for (let j = 0; j < dim; j++) h[i * dim + j] = hessian[from * dim + order[j]];
  });
  const q = gptqInOrder(w, h, dim, step);
  const codes = new Uint8Array(values.length);
  const decoded = new Float32Array(values.length);
  order.forEach((to, i) => {
    codes.set(q.bytes[0].subarray(i * out, (i + 1) * out), to * out);
    decoded.set(q.decoded.subarray(i * out, (i + 1) * out), to * out);
  });
  return { ...q, bytes: [codes], decoded };
}

function gptqInOrder(values, hessian, dim, step) {
  const out = values.length / dim;
  const { lo, scale } = stepGrid(values, step);
  const u = inverseCholeskyUpper(hessian, dim);
  const w = Float64Array.from(values);
  const codes = new Uint8Array(values.length);
  const decoded = new Float32Array(values.length);
  const err = new Float64Array(out);
  for (let i = 0; i < dim; i++) {
    const d = u[i * dim + i];
    for (let o = 0; o < out; o++) {
      const q = Math.min(255, Math.max(0, Math.round((w[i * out + o] - lo) / scale)));
      codes[i * out + o] = q;
      decoded[i * out + o] = q * scale + lo;
      err[o] = (w[i * out + o] - decoded[i * out + o]) / d;
    }
    for (let j = i + 1; j < dim; j++) {
      const f = u[i * dim + j];
      if (f === 0) continue;
      const row = j * out;
      for (let o = 0; o < out; o++) w[row + o] -= err[o] * f;
    }
  }
  return { bytes: [codes], decoded, quantization: { dtype: 'uint8', min: lo, scale } };
}

/** The upper Cholesky factor of (H + damping)⁻¹, as GPTQ uses it; H is dim × dim, row-major. */
function inverseCholeskyUpper(hessian, dim) {
  const h = Float64Array.from(hessian);
  let mean = 0;
  for (let i = 0; i < dim; i++) mean += h[i * dim + i] / dim;
  for (let i = 0; i < dim; i++) h[i * dim + i] += 0.01 * mean || 1;
  // GPTQ's factor: the upper Cholesky factor U of H⁻¹ (H⁻¹ = Uᵀ U), i.e. the transpose of the usual lower one.
  const l = cholesky(invertFromCholesky(cholesky(h, dim), dim), dim);
  const u = new Float64Array(dim * dim);
  for (let i = 0; i < dim; i++) for (let j = i; j < dim; j++) u[i * dim + j] = l[j * dim + i];
  return u;
}

function cholesky(a, n) {
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let s = a[j * n + j];
    for (let k = 0; k < j; k++) s -= l[j * n + k] * l[j * n + k];
    const d = Math.sqrt(Math.max(s, 1e-12));
    l[j * n + j] = d;
    for (let i = j + 1; i < n; i++) {
      let t = a[i * n + j];
      for (let k = 0; k < j; k++) t -= l[i * n + k] * l[j * n + k];
      l[i * n + j] = t / d;
    }
  }
  return l;
}

/** (L Lᵀ)⁻¹ from the lower Cholesky factor L. */
function invertFromCholesky(l, n) {
  // Solve L Y = I (Y = L⁻¹, lower), then H⁻¹ = Yᵀ Y.
  const y = new Float64Array(n * n);
  for (let c = 0; c < n; c++)
    for (let i = c; i < n; i++) {
      let s = i === c ? 1 : 0;
      for (let k = c; k < i; k++) s -= l[i * n + k] * y[k * n + c];
      y[i * n + c] = s / l[i * n + i];
    }
  const inv = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i; j < n; j++) {
      let s = 0;
      for (let k = j; k < n; k++) s += y[k * n + i] * y[k * n + j];
      inv[i * n + j] = s;
      inv[j * n + i] = s;
    }
  return inv;
}

/** Reads scripts/hessians.ts's output: matrix name → { dim, h }. */
export function readHessians(buffer) {
  const length = buffer.readUInt32LE(0);
  const header = JSON.parse(buffer.subarray(4, 4 + length).toString());
  const out = new Map();
  let at = 4 + length;
  for (const { name, dim } of header) {
    const bytes = buffer.subarray(at, at + dim * dim * 8);
    out.set(name, { dim, h: new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)) });
    at += dim * dim * 8;
  }
  return out;
}

/**
 * The token embedding table on one affine uint8 grid (TensorFlow.js's format, no decoder), but a rare piece's row only
 * uses every k-th code: a coarser step where a row is read less often. SentencePiece scores are log-probabilities, so
 * the step grows as exp((reference − score) / 2) (the allocation that spends bits where the rows are used: step ∝
 * 1/√frequency), from 1 at `reference` up to `maxFactor` times. `scores` has one score per row (missing rows: 1×).
 */
export function embeddingsByFrequency(values, width, scores, step, reference, maxFactor) {
  const { lo, scale } = stepGrid(values, step);
  const zero = Math.round(-lo / scale);
  const codes = new Uint8Array(values.length);
  const decoded = new Float32Array(values.length);
  for (let r = 0; r < values.length / width; r++) {
    const s = scores[r];
    const k =
      s === undefined || s === 0 ? 1 : Math.max(1, Math.min(maxFactor, Math.round(Math.exp((reference - s) / 2))));
    for (let i = r * width; i < (r + 1) * width; i++) {
      let q = zero + k * Math.round((values[i] - lo - zero * scale) / (k * scale));
      while (q > 255) q -= k;
      while (q < 0) q += k;
      codes[i] = q;
      decoded[i] = q * scale + lo;
    }
  }
  return { bytes: [codes], decoded, quantization: { dtype: 'uint8', min: lo, scale } };
}
