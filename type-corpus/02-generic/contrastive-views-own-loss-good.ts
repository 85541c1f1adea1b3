// cause: 2 generic code. A SimCLR-style contrastive loss in the user's own generic helper: two augmented views'
// embeddings [B, D] normalised, joined along the batch axis into [2B, D] for the similarity matrix, the
// positives found by a shifted arange, and the pair stacked per example ([B, 2, D]) for a logging metric.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function normalize<N extends number, D extends number>(z: st.Tensor<[N, D]>) {
  return st.div(z, st.sqrt(st.add(st.sum(st.square(z), -1, true), 1e-8)));
}
function ntXent<B extends number, D extends number>(z1: st.Tensor<[B, D]>, z2: st.Tensor<[B, D]>, labels: st.Tensor<[st.Add<B, B>], 'int32'>, temperature: number) {
  const z = normalize(st.concat([z1, z2], 0));
  const sim = st.div(st.matMul(z, z, false, true), temperature);
  const pairs = st.stack([normalize(z1), normalize(z2)], 1);
  const agreement = st.mean(st.sum(st.mul(st.slice(pairs, [0, 0, 0], [-1, 1, -1]), st.slice(pairs, [0, 1, 0], [-1, 1, -1])), -1));
  return { loss: st.sparseSoftmaxCrossEntropy(sim, labels), agreement, pairs };
}
const b = 16;
const labels = st.tensor(Int32Array.from({ length: 2 * b }, (_, i) => (i + b) % (2 * b)), [32], 'int32');
const { loss, pairs } = ntXent(st.randomNormal([16, 128]), st.randomNormal([16, 128]), labels, 0.5);
export const scalar: Eq<typeof loss.shape, []> = true;
export const paired: Eq<typeof pairs.shape, [16, 2, 128]> = true;
