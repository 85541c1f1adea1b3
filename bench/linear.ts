// st.linear (forward + backward) against plain tfjs tf.matMul with tfjs's default gradient, on the
// default backend (wasm): ms and GFLOP/s of each, and the largest differences of the outputs and of
// the gradients by x and w (must stay below 1e-4; exits 1 otherwise), and the worst of them relative
// to the largest value it is measured on. Products of our kernel use fused multiply-adds where wasm
// relaxed SIMD exists and sum in another order than XNNPACK, so results differ in the last bits.
//
// Usage: npm run bench:linear   (tsx bench/linear.ts [--reps=20] [--json])
// Shapes: x [rows, In] or [B, T, In] times w [In, Out]; plain tfjs flattens [B, T, In] to 2-D
// itself (its 3-D x 2-D matMul gradient fails), as a tfjs user would.
import * as tf from '@tensorflow/tfjs';
import * as st from '../src/index.js';

const repsArg = process.argv.find((a) => a.startsWith('--reps='));
const reps = repsArg ? Number(repsArg.slice('--reps='.length)) : 20;
const json = process.argv.includes('--json');
const TOL = 1e-4;

type XShape = [...number[], number];
const cases: { x: number[]; w: [number, number] }[] = [
  { x: [1024, 128], w: [128, 512] },
  { x: [16, 64, 128], w: [128, 512] },
  { x: [16, 64, 512], w: [512, 128] },
  { x: [1024, 128], w: [128, 128] },
  { x: [1024, 128], w: [128, 352] },
  { x: [32, 32, 128], w: [128, 65] },
];

/** Median ms of fn over reps runs, after 3 warm-up runs; fn's tensors are read (so the work is done) and freed. */
function time(fn: () => tf.Tensor[]): number {
  const run = (): number => {
    const t0 = performance.now();
    const out = fn();
    for (const t of out) t.dataSync();
    const ms = performance.now() - t0;
    tf.dispose(out);
    return ms;
  };
  for (let i = 0; i < 3; i++) run();
  const times = Array.from({ length: reps }, run).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function maxAbsDiff(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);
}
function maxAbs(a: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(a)).dataSync()[0]);
}

const rows: Record<string, string | number>[] = [];
let failed = false;
for (const c of cases) {
  const [inF, outF] = c.w;
  const m = c.x.reduce((a, b) => a * b, 1) / inF;
  const flops = 2 * m * inF * outF;
  // Activations ~N(0, 1), weights at the model's init scale (std 0.02), and the upstream gradient of
  // a loss averaged over the m positions (std 1 / m), the scale training sees.
  const xShape: XShape = [...c.x.slice(0, -1), inF];
  const x: st.Tensor<XShape> = st.randomNormal(xShape, 0, 1, 'float32', 1);
  const w: st.Tensor<[number, number]> = st.randomNormal(c.w, 0, 0.02, 'float32', 2);
  const yShape: XShape = [...c.x.slice(0, -1), outF];
  const dy: st.Tensor<XShape> = st.randomNormal(yShape, 0, 1 / m, 'float32', 3);

  // Ours: st.linear; loss = sum(y * dy) so the gradients are the vector-Jacobian products with dy.
  const ours = (): tf.Tensor[] => {
    const r = st.valueAndGrads((a: st.Tensor<XShape>, b: st.Tensor<[number, number]>) => st.reshape(st.sum(st.mul(st.linear(a, b), dy)), []), [x, w] as const);
    return [r.value.raw, r.grads[0].raw, r.grads[1].raw];
  };
  // Plain tfjs: tf.matMul on the flattened x, tfjs's own gradient.
  const plainForward = (a: tf.Tensor, b: tf.Tensor): tf.Tensor =>
    tf.reshape(tf.matMul(tf.reshape(a, [m, inF]), b), [...c.x.slice(0, -1), outF]);
  const plain = (): tf.Tensor[] => {
    const r = tf.valueAndGrads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(plainForward(a, b), dy.raw)))([x.raw, w.raw]);
    return [r.value, ...r.grads];
  };
  const oursForward = (): tf.Tensor[] => [st.linear(x, w).raw];
  const plainFwd = (): tf.Tensor[] => [plainForward(x.raw, w.raw)];

  const msOursF = time(oursForward);
  const msPlainF = time(plainFwd);
  const msOurs = time(ours);
  const msPlain = time(plain);

  const [yo] = oursForward();
  const [yp] = plainFwd();
  const go = ours();
  const gp = plain();
  const diffs = { y: maxAbsDiff(yo, yp), dx: maxAbsDiff(go[1], gp[1]), dw: maxAbsDiff(go[2], gp[2]) };
  const scale = { y: maxAbs(yp), dx: maxAbs(gp[1]), dw: maxAbs(gp[2]) };
  const worst = Math.max(diffs.y, diffs.dx, diffs.dw);
  if (!(worst < TOL)) failed = true;
  tf.dispose([yo, yp, ...go, ...gp]);
  st.dispose([x, w, dy]);

  rows.push({
    shape: `[${c.x.join(',')}] x [${c.w.join(',')}]`,
    'fwd ours ms': msOursF.toFixed(2), 'fwd tfjs ms': msPlainF.toFixed(2),
    'fwd ours GFLOP/s': (flops / msOursF / 1e6).toFixed(1), 'fwd tfjs GFLOP/s': (flops / msPlainF / 1e6).toFixed(1),
    'f+b ours ms': msOurs.toFixed(2), 'f+b tfjs ms': msPlain.toFixed(2),
    'f+b ours GFLOP/s': ((3 * flops) / msOurs / 1e6).toFixed(1), 'f+b tfjs GFLOP/s': ((3 * flops) / msPlain / 1e6).toFixed(1),
    speedup: (msPlain / msOurs).toFixed(1),
    'max|dy|': diffs.y.toExponential(1), 'max|ddx|': diffs.dx.toExponential(1), 'max|ddw|': diffs.dw.toExponential(1),
    'worst relative': Math.max(diffs.y / scale.y, diffs.dx / scale.dx, diffs.dw / scale.dw).toExponential(1),
    'max |y|,|dx|,|dw|': `${scale.y.toFixed(2)},${scale.dx.toExponential(1)},${scale.dw.toExponential(1)}`,
  });
}

console.log(`backend ${st.getDefaultBackend()}; median of ${reps} runs; f+b = forward + backward (3x the forward's FLOPs)`);
console.table(rows);
if (json) console.log(JSON.stringify(rows));
if (failed) {
  console.error(`bench:linear: a difference from tfjs is ${TOL} or more`);
  process.exit(1);
}
