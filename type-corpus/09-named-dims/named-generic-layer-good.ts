// named dims. A user's generic dense layer called with named dims: each dim keeps its name when the
// helper infers it from one argument (NoInfer on the later occurrences, as docs/typing.md says); without
// NoInfer TypeScript takes the plain literal of a bias made with st.zeros([10]) (the common supertype of
// `Out` and `10`), so the size is kept and checked and only the name is lost.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
type Batch = st.Named<'Batch', 16>;
type Feat = st.Named<'Feat', 32>;
type Out = st.Named<'Out', 10>;
function dense<B extends number, I extends number, O extends number>(
  x: st.Tensor<[B, I]>, w: st.Tensor<[NoInfer<I>, O]>, b: st.Tensor<[NoInfer<O>]>,
) {
  return st.add(st.matMul(x, w), b);
}
function denseInferredTwice<B extends number, I extends number, O extends number>(
  x: st.Tensor<[B, I]>, w: st.Tensor<[I, O]>, b: st.Tensor<[O]>,
) {
  return st.add(st.matMul(x, w), b);
}
declare const x: st.Tensor<[Batch, Feat]>;
declare const w: st.Tensor<[Feat, Out]>;
const y = dense(x, w, st.zeros([10]));
export const named: Eq<typeof y.shape, [Batch, Out]> = true;
// The bias made with the named type keeps the name without NoInfer too.
const z = denseInferredTwice(x, w, st.zeros<[Out]>([10]));
export const namedBias: Eq<typeof z.shape, [Batch, Out]> = true;
// Inferred from `Out` and a plain 10: the plain size, still a literal dim.
const plain = denseInferredTwice(x, w, st.zeros([10]));
export const sized: Eq<typeof plain.shape, [Batch, 10]> = true;
