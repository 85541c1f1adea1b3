// cause: 2 generic code. The user's own rotary embedding (GPT-NeoX's rotate-half form) over generic head
// dims: cos/sin tables [T, Dh/2] built from a dimDiv, the halves of q from split(x, 2, -1), rotated and
// concatenated back to [B, H, T, Dh].
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function ropeTables<T extends number, Half extends number>(t: T, half: Half, theta: number) {
  const inv = st.exp(st.mul(st.range(0, half, 1), -Math.log(theta) / half));
  const angles = st.mul(st.expandDims(st.range(0, t, 1), -1), st.expandDims(inv, 0));
  return { cos: st.cos(angles), sin: st.sin(angles) };
}
function rope<B extends number, H extends number, T extends number, Dh extends number>(
  x: st.Tensor<[B, H, T, Dh]>, tables: { cos: st.Tensor<[T, st.Div<Dh, 2>]>; sin: st.Tensor<[T, st.Div<Dh, 2>]> },
): st.Tensor<[B, H, T, Dh]> {
  const [x1, x2] = st.split(x, 2, -1);
  const r1 = st.sub(st.mul(x1, tables.cos), st.mul(x2, tables.sin));
  const r2 = st.add(st.mul(x2, tables.cos), st.mul(x1, tables.sin));
  return st.concat([r1, r2], -1);
}
const tables = ropeTables(16, st.dimDiv(64, 2), 10000);
const q = rope(st.randomNormal([2, 8, 16, 64]), tables);
export const shape: Eq<typeof q.shape, [2, 8, 16, 64]> = true;
