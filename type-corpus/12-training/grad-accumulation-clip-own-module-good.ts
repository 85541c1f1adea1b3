// cause: 12 training. Gradient accumulation over 4 micro-batches in the user's own Module (a 2-layer MLP over
// generic dims): a typed helper adds two gradient records key by key, the sum is divided by the step count,
// clipped to a global norm of 1, and applied once with AdamW; the accumulated record keeps every parameter.
// expect: ok
import * as st from '../../src/index.js';

class Mlp<D extends number, H extends number, C extends number> extends st.Module {
  readonly fc1: st.Linear<D, H>;
  readonly fc2: st.Linear<H, C>;
  constructor(d: D, h: H, c: C, seeds: st.SeedSequence) {
    super();
    this.fc1 = new st.Linear(d, h, seeds, 'default');
    this.fc2 = new st.Linear(h, c, seeds, 'default');
  }
  forward<B extends number>(x: st.Tensor<[B, D]>): st.Tensor<[B, C]> {
    return this.fc2.forward(st.gelu(this.fc1.forward(x)));
  }
}

type Grads = Record<string, st.Tensor<st.Shape, 'float32', st.Device>>;
function addGrads<G extends Grads>(a: G, b: G): G {
  const out: Record<string, st.Tensor<st.Shape, 'float32', st.Device>> = {};
  for (const k of Object.keys(a)) out[k] = st.add(a[k], b[k]);
  return out as G;
}
function scaleGrads<G extends Grads>(g: G, by: number): G {
  const out: Record<string, st.Tensor<st.Shape, 'float32', st.Device>> = {};
  for (const k of Object.keys(g)) out[k] = st.mul(g[k], by);
  return out as G;
}

const model = new Mlp(16, 64, 4, new st.SeedSequence(0));
const params = model.parameters();
const opt = new st.AdamW({ learningRate: 1e-3, weightDecay: 0.01 });
const microSteps = 4;
let acc: st.GradsOf<typeof params> | undefined;
for (let i = 0; i < microSteps; i++) {
  const x = st.randomNormal([8, 16], 0, 1, 'float32', i);
  const y = st.zeros([8], 'int32');
  const { grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(model.forward(x), y), params);
  acc = acc === undefined ? grads : addGrads(acc, grads);
}
if (acc !== undefined) {
  const { grads, norm } = st.clipByGlobalNorm(scaleGrads(acc, 1 / microSteps), 1.0);
  opt.apply(params, grads);
  console.log(norm);
}
