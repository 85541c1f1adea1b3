// cause: 12 training (new family): a node-classification step for a two-parameter graph attention layer and a
// linear classifier: variableGrads over the record, Adam, accuracy on the labelled nodes.
// expect: ok
import * as st from '../../src/index.js';

const params = {
  w: st.variable(st.randomNormal([16, 8], 0, 0.1)),
  aSrc: st.variable(st.randomNormal([8, 1], 0, 0.1)),
  aDst: st.variable(st.randomNormal([8, 1], 0, 0.1)),
  cls: st.variable(st.randomNormal([8, 3], 0, 0.1)),
};
const opt = new st.Adam({ learningRate: 5e-3 });
function forward(h: st.Tensor<[50, 16]>, adjacency: st.Tensor<[50, 50], 'bool'>) {
  const wh = st.matMul(h, params.w);
  const e = st.add(st.matMul(wh, params.aSrc), st.transpose(st.matMul(wh, params.aDst)));
  const att = st.softmax(st.where(adjacency, st.maximum(e, st.mul(e, 0.2)), -1e9));
  return st.matMul(st.relu(st.matMul(att, wh)), params.cls);
}
export function step(h: st.Tensor<[50, 16]>, adjacency: st.Tensor<[50, 50], 'bool'>, labels: st.Tensor<[50], 'int32'>) {
  const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(forward(h, adjacency), labels), params);
  opt.apply(params, grads);
  const correct = st.mean(st.cast(st.equal(st.argMax(forward(h, adjacency), -1), labels), 'float32'));
  return { loss: value.item(), accuracy: correct.item() };
}
