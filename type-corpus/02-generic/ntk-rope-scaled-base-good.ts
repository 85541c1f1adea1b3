// cause: 2 generic (new family): NTK-aware RoPE scaling in a generic helper: the base raised by s^(d / (d - 2)),
// the angle table [T, Dh/2] as an outer product of positions and inverse frequencies, and cos/sin tables
// duplicated to the full head dim for rotate-half.
// expect: ok
import * as st from '../../src/index.js';

export function ntkTables<T extends number, Half extends number>(positions: st.Tensor<[T]>, idx: st.Tensor<[Half]>, headDim: number, scale: number) {
  const base = 10000 * Math.pow(scale, headDim / (headDim - 2));
  const invFreq = st.exp(st.mul(idx, (-2 * Math.log(base)) / headDim));
  const angles = st.mul(st.expandDims(positions, -1), st.expandDims(invFreq, 0));  // [T, Half]
  const full = st.concat([angles, angles], -1);
  return { cos: st.cos(full), sin: st.sin(full) };
}
