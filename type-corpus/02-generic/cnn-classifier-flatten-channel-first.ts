// cause: 2 generic code. The classifier's flatten written around the wrong kept dim: `view(C, -1)` keeps the
// channels first and folds the batch into the features (the element count fits, the batch is lost). In generic
// code the kept dim must be the tensor's own first dim for the -1 form; this one is not, so reshape says so.
// expect: reshape: [${B}, ${C}, ${H}, ${W}] to [${C}, -1] cannot be checked over generic dims
// expect-not: Between
import * as st from '../../src/index.js';

function flatten<B extends number, C extends number, H extends number, W extends number>(features: st.Tensor<[B, C, H, W]>) {
  const [, c] = features.shape;
  return st.reshape(features, [c, -1]); // error
}
export const flat = flatten(st.randomNormal([4, 16, 7, 7]));
