// cause: 8 devices (truncatedNormal), good. The same ViT embedding with every table made by truncatedNormal
// on the device the caller chose (one run-time choice for all of them), a class token prepended along time.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const device = process.argv.includes('--cpu') ? 'cpu' : 'default';
const projection = st.variable(st.truncatedNormal([768, 768], 0, 0.02, 'float32', 1, device));
const positions = st.variable(st.truncatedNormal([1, 197, 768], 0, 0.02, 'float32', 2, device));
const cls = st.variable(st.truncatedNormal([1, 1, 768], 0, 0.02, 'float32', 3, device));

function embed(patches: st.Tensor<[8, 196, 768], 'float32', typeof device>) {
  const tokens = st.concat([st.tile(cls, [8, 1, 1]), st.matMul(patches, projection)], 1);
  return st.add(tokens, positions);
}
const out = embed(st.zeros([8, 196, 768], 'float32', device));
export const shape: Eq<typeof out.shape, [8, 197, 768]> = true;
