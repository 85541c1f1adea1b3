// cause: 9 named dims (symbolic sizes). A translation model's loss in jaxtyping style: the logits are over the
// target positions, the labels a helper returns are the source tokens (a copy-paste from the encoder side). Both
// lengths are known only at run time, but their names say they are different dims.
// expect: sparseSoftmaxCrossEntropy: labels
// expect: src=?
import * as st from '../../src/index.js';

type Batch = st.Named<'batch', number>;
type Tgt = st.Named<'tgt', number>;
type Src = st.Named<'src', number>;
type Vocab = st.Named<'vocab', 8000>;

interface Pair { source: st.Tensor<[Batch, Src], 'int32'>; target: st.Tensor<[Batch, Tgt], 'int32'> }
declare function decode(pair: Pair): st.Tensor<[Batch, Tgt, Vocab]>;

export function translationLoss(pair: Pair) {
  const logits = decode(pair);
  return st.sparseSoftmaxCrossEntropy(logits, pair.source); // error
}
