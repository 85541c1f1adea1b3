// cause: 5 silent checks (new family): gradient checkpointing by hand: the block's forward is run once without
// the tape (its activations disposed), then recomputed inside variableGrads for the backward pass; every
// parameter of the block gets its gradient and the optimizer updates them all.
// expect: ok
import * as st from '../../src/index.js';

const params = {
  w1: st.variable(st.randomNormal([64, 256], 0, 0.02)),
  w2: st.variable(st.randomNormal([256, 64], 0, 0.02)),
};
const block = (x: st.Tensor<[32, 64]>) => st.add(x, st.matMul(st.gelu(st.matMul(x, params.w1)), params.w2));
const opt = new st.AdamW({ learningRate: 1e-3, weightDecay: 0 });

export function step(x: st.Tensor<[32, 64]>, y: st.Tensor<[32, 64]>): number {
  const preview = st.tidy(() => st.mean(st.squaredDifference(block(x), y)).item());     // forward only, freed
  const { value, grads } = st.variableGrads(() => st.mean(st.squaredDifference(block(x), y)), params);
  opt.apply(params, grads);
  return value.item() + 0 * preview;
}
