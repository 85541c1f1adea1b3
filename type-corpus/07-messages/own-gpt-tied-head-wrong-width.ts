// cause: 7 messages. A nanoGPT-style weight-tied head (x @ wte^T) whose embedding table has another width (32,
// the head dim, instead of the model dim 64): matMul's sentence with the dims.
// expect: matMul: inner dimensions differ (64 vs 32)
import * as st from '../../src/index.js';

const wte = st.variable(st.randomNormal([65, 32], 0, 0.02));
const wpe = st.variable(st.randomNormal([16, 64], 0, 0.02));
function logits<B extends number>(ids: st.Tensor<[B, 16], 'int32'>, blocks: ((x: st.Tensor<[B, 16, 64]>) => st.Tensor<[B, 16, 64]>)[]) {
  let x = st.add(st.gather(st.randomNormal([65, 64]), ids), wpe);
  for (const block of blocks) x = block(x);
  return st.matMul(x, wte, false, true); // error
}
export const out = logits(st.zeros([2, 16], 'int32'), []);
