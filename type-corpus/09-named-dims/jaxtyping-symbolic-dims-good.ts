// cause: 9 named dims (symbolic sizes), good. jaxtyping-style names with run-time sizes flow through an
// encoder-decoder's cross-attention, a source padding mask, a keepDims mean over time and the loss: every
// name is kept where it belongs, a symbolic dim broadcasts against 1, and a plain `number` agrees with any name.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
type Batch = st.Named<'batch', number>;
type Tgt = st.Named<'tgt', number>;
type Src = st.Named<'src', number>;
type D = st.Named<'d', 64>;
type Vocab = st.Named<'vocab', 1000>;

function cross(q: st.Tensor<[Batch, Tgt, D]>, memory: st.Tensor<[Batch, Src, D]>, srcPad: st.Tensor<[Batch, 1, Src], 'bool'>) {
  const scores = st.div(st.matMul(q, memory, false, true), 8);
  const att = st.softmax(st.where(srcPad, scores, -1e9));
  return st.matMul(att, memory);
}
function center(x: st.Tensor<[Batch, Tgt, D]>) {
  return st.sub(x, st.mean(x, 1, true));
}
declare const q: st.Tensor<[Batch, Tgt, D]>;
declare const memory: st.Tensor<[Batch, Src, D]>;
declare const pad: st.Tensor<[Batch, 1, Src], 'bool'>;
declare const head: st.Tensor<[D, Vocab]>;
declare const targets: st.Tensor<[Batch, Tgt], 'int32'>;
const out = center(cross(q, memory, pad));
export const kept: Eq<typeof out.shape, [Batch, Tgt, D]> = true;
export const loss = st.sparseSoftmaxCrossEntropy(st.matMul(out, head), targets);
declare const loaded: st.Tensor<[number, number, 64]>;
export const fromFile = st.add(q, loaded);
