// cause: 3 products. HF's repeat_kv merge written out, [B, KV, Rep, T, Dh] to [b, kv x rep, t, dh] with st.dimMul.
// Over generic dims reshape once compared the products only as the two chains of Mul, and a pair merged in the middle
// was neither, so it was refused; the new shape's dims are now matched as runs of the tensor's dims in their order.
// expect: ok
import * as st from '../../src/index.js';

export function repeatKvWrittenOut<B extends number, KV extends number, T extends number, Dh extends number, Rep extends number>(
  keys: st.Tensor<[B, KV, T, Dh]>, rep: Rep,
) {
  const [b, kv, t, dh] = keys.shape;
  const tiled = st.tile(st.expandDims(keys, 2), [1, 1, rep, 1, 1]); // [B, KV, Rep, T, Dh]
  return st.reshape(tiled, [b, st.dimMul(kv, rep), t, dh]);
}
