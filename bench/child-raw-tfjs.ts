// The same Llama written in plain tfjs, as a tfjs user would (tf.matMul, tf.gather, tf.softmax,
// tf.train.adam, tf.variableGrads), on the same wasm backend, for bench/run.ts. It never imports
// shapetype, so none of shapetype's kernels run here. Two things a user has to work around on wasm:
// tf.gather's gradient needs UnsortedSegmentSum, which wasm lacks (training embeds by
// oneHot(ids) @ table; the forward pass uses tf.gather), and a 3-D @ 2-D product's gradient fails
// (activations are flattened to [B*T, D] for the projections).
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { benchArgs, fixedStream } from './common.js';

await tf.setBackend('wasm');
const a = benchArgs();
const { B, T, D, L, H, V } = a;
const Dh = D / H;
const F = 32 * Math.ceil(Math.floor((8 * D) / 3) / 32);
const w = (shape: number[], std = 0.02): tf.Variable => tf.variable(tf.randomNormal(shape, 0, std, 'float32', 7));
const layers = Array.from({ length: L }, () => ({
  an: tf.variable(tf.ones([D])), wq: w([D, D]), wk: w([D, D]), wv: w([D, D]), wo: w([D, D]),
  fn: tf.variable(tf.ones([D])), w1: w([D, F]), w3: w([D, F]), w2: w([F, D]),
}));
const embed = w([V, D]);
const norm = tf.variable(tf.ones([D]));
const head = w([D, V]);

// RoPE tables (rotate-half form) and the causal mask, built once.
const inv = Array.from({ length: Dh / 2 }, (_, i) => 1 / 10000 ** ((2 * i) / Dh));
const angles = tf.tensor2d(Array.from({ length: T }, (_, p) => [...inv, ...inv].map((f) => p * f)));
const cos = tf.cos(angles);
const sin = tf.sin(angles);
const mask = tf.mul(tf.sub(1, tf.linalg.bandPart(tf.ones([T, T]), -1, 0)), -1e9);

const rms = (x: tf.Tensor, g: tf.Tensor): tf.Tensor => tf.mul(tf.mul(x, tf.rsqrt(tf.add(tf.mean(tf.square(x), -1, true), 1e-5))), g);
const rope = (x: tf.Tensor): tf.Tensor => {
  const [x1, x2] = tf.split(x, 2, -1);
  return tf.add(tf.mul(x, cos), tf.mul(tf.concat([tf.neg(x2), x1], -1), sin));
};
const heads = (x2d: tf.Tensor): tf.Tensor => tf.transpose(tf.reshape(x2d, [B, T, H, Dh]), [0, 2, 1, 3]);

function logits(ids: tf.Tensor, training: boolean): tf.Tensor {
  let h = training ? tf.matMul(tf.oneHot(tf.reshape(ids, [-1]), V), embed) : tf.gather(embed, tf.reshape(ids, [-1]));
  for (const l of layers) {
    const x = rms(h, l.an);
    const q = rope(heads(tf.matMul(x, l.wq)));
    const k = rope(heads(tf.matMul(x, l.wk)));
    const v = heads(tf.matMul(x, l.wv));
    const att = tf.softmax(tf.add(tf.mul(tf.matMul(q, k, false, true), 1 / Math.sqrt(Dh)), mask));
    const o = tf.reshape(tf.transpose(tf.matMul(att, v), [0, 2, 1, 3]), [B * T, D]);
    h = tf.add(h, tf.matMul(o, l.wo));
    const y = rms(h, l.fn);
    const g = tf.matMul(y, l.w1);
    h = tf.add(h, tf.matMul(tf.mul(tf.mul(g, tf.sigmoid(g)), tf.matMul(y, l.w3)), l.w2));
  }
  return tf.matMul(rms(h, norm), head);
}

const stream = fixedStream(B * T + 1, V);
const ids = tf.tensor2d(stream.slice(0, B * T), [B, T], 'int32');
const targets = tf.oneHot(tf.tensor1d(stream.slice(1), 'int32'), V);
const optimizer = tf.train.adam(1e-3, 0.9, 0.95);
const step = (): void => {
  const loss = optimizer.minimize(() => tf.losses.softmaxCrossEntropy(targets, logits(ids, true)), true);
  loss?.dataSync();
  loss?.dispose();
};
const time = (f: () => void): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};
const out: Record<string, unknown> = {};
const stepMs: number[] = [];
for (let i = 0; i < a.warmup + a.steps; i++) {
  const ms = time(step);
  if (i >= a.warmup) stepMs.push(ms);
}
out.stepMs = stepMs;
if (!a.stepOnly) {
  const fwd: number[] = [];
  for (let i = 0; i < a.warmup + a.steps; i++) {
    const ms = time(() => tf.tidy(() => void logits(ids, false).dataSync()));
    if (i >= a.warmup) fwd.push(ms);
  }
  out.forwardMs = fwd;
}
console.log(JSON.stringify(out));
