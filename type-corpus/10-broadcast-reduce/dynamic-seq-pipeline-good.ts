// cause: 10 broadcast. The same pipeline with a 64-wide position table: a run-time length meets the literal
// widths, the [8, number, 64] stream goes through a Linear and the loss against [8, number] targets.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

const tokens = st.variable(st.randomNormal([1000, 64], 0, 0.02));
const positions = st.variable(st.randomNormal([512, 64], 0, 0.02));
const head = new st.Linear(64, 1000, new st.SeedSequence(0), 'default');

function lossOn(ids: st.Tensor<[8, number], 'int32'>, targets: st.Tensor<[8, number], 'int32'>) {
  const t = ids.shape[1];
  const h = st.add(st.gather(tokens, ids), st.slice(positions, [0, 0], [t, -1]));
  const logits = head.forward(h);
  return { logits, loss: st.sparseSoftmaxCrossEntropy(logits, targets) };
}
const r = lossOn(st.zeros([8, 21], 'int32'), st.zeros([8, 21], 'int32'));
export const shape: Eq<typeof r.logits.shape, [8, number, 1000]> = true;
