// cause: 2 generic code. SimCLR-style contrastive step: the batch holds two augmented views of B images
// (declared [Mul<2, B>, D], the two views stacked along the batch), split back into the two views along
// axis 0 and compared by a [B, B] similarity matrix.
// expect: ok
import * as st from '../../src/index.js';

function similarities<B extends number, D extends number>(z: st.Tensor<[st.Mul<2, B>, D]>, temperature: number): st.Tensor<[B, B]> {
  const [a, b] = st.split(z, 2, 0);
  const unit = <S extends st.Tensor<[B, D]>>(t: S) => st.div(t, st.sqrt(st.sum(st.square(t), -1, true)));
  return st.div(st.matMul(unit(a), unit(b), false, true), temperature);
}
function pairs<B extends number, D extends number>(views: st.Tensor<[st.Mul<2, B>, D]>, b: B) {
  const logits = similarities(views, 0.1);
  const labels = st.range(0, b, 1, 'int32');
  return st.sparseSoftmaxCrossEntropy(logits, st.withShape(labels, [b]));
}
export const loss = pairs(st.randomNormal([8, 32]), 4);
