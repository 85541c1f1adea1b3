// cause: 2 generic code. A feature vector repeated R times along its last axis (tile by a generic rep, as a
// user broadcasts a [B, D] context to R slots) feeds a Linear built for D * R inputs.
// expect: ok
import * as st from '../../src/index.js';

function slots<B extends number, D extends number, R extends number, O extends number>(
  ctx: st.Tensor<[B, D]>, reps: R, head: st.Linear<st.Mul<D, R>, O>,
): st.Tensor<[B, O]> {
  const wide = st.tile(ctx, [1, reps]);
  return head.forward(wide);
}
const head = new st.Linear(st.dimMul(16, 3), 10, new st.SeedSequence(0), 'default');
export const y: st.Tensor<[4, 10]> = slots(st.randomNormal([4, 16]), 3, head);
