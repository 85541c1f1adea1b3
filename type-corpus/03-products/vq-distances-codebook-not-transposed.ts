// cause: 3 matmul (new family): VQ-VAE distances with the codebook [K, D] not transposed in the cross term.
// expect: matMul: inner dimensions differ (64 vs 512)
import * as st from '../../src/index.js';

export function distances(z: st.Tensor<[1024, 64]>, codebook: st.Tensor<[512, 64]>) {
  const zz = st.sum(st.square(z), 1, true);
  const ee = st.expandDims(st.sum(st.square(codebook), 1), 0);
  return st.add(st.sub(zz, st.mul(st.matMul(z, codebook), 2)), ee); // error
}
