// cause: 2 generic. RoPE's cos/sin tables built by hand for a generic head dim: inverse frequencies
// 1 / theta^(2i / Dh) over half the head dim, positions t[:, None] * inv[None, :] ([T, Dh / 2]), the tables
// duplicated to the full width with concat, and applied with rotate-half.
// expect: ok
import * as st from '../../src/index.js';

function ropeTables<T extends number, Half extends number>(t: T, half: Half, theta: number) {
  const inv = st.exp(st.mul(st.range(0, half), -Math.log(theta) / half));            // [Half]
  const angles = st.mul(st.expandDims(st.range(0, t), 1), st.expandDims(inv, 0));    // [T, Half]
  const full = st.concat([angles, angles], -1);                                       // [T, Half + Half]
  return { cos: st.cos(full), sin: st.sin(full) };
}
const { cos, sin } = ropeTables(16, 32, 10000);
const q = st.randomNormal([2, 8, 16, 64]);
const [a, b] = st.split(q, 2, -1);
const rotated = st.concat([st.neg(b), a], -1);
export const qRope: st.Tensor<[2, 8, 16, 64]> = st.add(st.mul(q, cos), st.mul(rotated, sin));
