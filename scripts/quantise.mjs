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
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const scale = Math.max(stats(values).sd * step, (max - min) / 255) || 1;
  // The 256 codes centred on the range, so that every weight has one.
  return affine(values, (min + max) / 2 - 127.5 * scale, scale);
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
 * Steps (in standard deviations) per weight matrix for a total distortion `target` (1 − mean cosine, the sum of every
 * matrix's share): each matrix gets the same share per weight, so a matrix whose weights matter more gets a finer step
 * (the classic allocation for quantisation noise that adds up: step ∝ 1/√sensitivity per weight).
 */
export function allocateSteps(sizes, target) {
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  const steps = {};
  for (const [name, n] of Object.entries(sizes)) {
    const key = Object.keys(SENSITIVITY).find((k) => name.endsWith(k));
    if (!key)
      throw Error(`[faq-chat] no measured sensitivity for the weights ${name}; measure it and add it to SENSITIVITY`);
    steps[name] = Math.sqrt((target * n) / (total * SENSITIVITY[key]));
  }
  return steps;
}
