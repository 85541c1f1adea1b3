// cause: 2 generic code. NeRF's positional encoding over batches of rays [B, N, 3]: the raw points, their sine and
// cosine concatenated as a tuple of three ([B, N, 9]), then one such block per frequency gathered in an array and
// concatenated (a width known at run time, stated with withShape, checked then), fed to the MLP's first layer of 63 inputs.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function encodeOnce<B extends number, N extends number>(p: st.Tensor<[B, N, 3]>) {
  return st.concat([p, st.sin(p), st.cos(p)], -1);
}
function encode<B extends number, N extends number>(p: st.Tensor<[B, N, 3]>, frequencies: number) {
  const parts: st.Tensor<[B, N, 3]>[] = [p];
  for (let k = 0; k < frequencies; k++) {
    const scaled = st.mul(p, 2 ** k);
    parts.push(st.sin(scaled), st.cos(scaled));
  }
  const [b, n] = p.shape;
  return st.withShape(st.concat(parts, -1), [b, n, 3 + 6 * frequencies]);
}
const rays = st.randomUniform([4, 64, 3]);
const once = encodeOnce(rays);
const fc = new st.Linear(63, 256, new st.SeedSequence(0), 'default');
const h = fc.forward(st.withShape(encode(rays, 10), [4, 64, 63]));
export const ok: Eq<[typeof once.shape, typeof h.shape], [[4, 64, 9], [4, 64, 256]]> = true;
