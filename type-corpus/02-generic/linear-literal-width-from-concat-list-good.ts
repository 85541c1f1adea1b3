// cause: 2 generic code. NeRF's encoding concatenated from an array (a width known only at run time, [B, N, number])
// straight into the first layer Linear(63, 256), as nn.Linear takes it: a `number` width is checked at run time, as
// st.linear and matMul take it and Attention.forward does.
// expect: ok
import * as st from '../../src/index.js';

function encode<B extends number, N extends number>(p: st.Tensor<[B, N, 3]>, frequencies: number) {
  const parts: st.Tensor<[B, N, 3]>[] = [p];
  for (let k = 0; k < frequencies; k++) parts.push(st.sin(st.mul(p, 2 ** k)), st.cos(st.mul(p, 2 ** k)));
  return st.concat(parts, -1);
}
const fc = new st.Linear(63, 256, new st.SeedSequence(0), 'default');
export const h: st.Tensor<[4, 64, 256]> = fc.forward(encode(st.randomUniform([4, 64, 3]), 10));
