// cause: 11 gather/one-hot (new family): VQ-VAE's codebook lookup: squared distances |z|^2 - 2 z E^T + |E|^2
// between the encoder outputs [N, D] and the codebook [K, D], the nearest code by argMin, the quantised
// vectors gathered from the codebook, the commitment loss, and the straight-through estimator.
// expect: ok
import * as st from '../../src/index.js';

export function quantise(z: st.Tensor<[1024, 64]>, codebook: st.Tensor<[512, 64]>) {
  const d = st.add(st.sub(st.sum(st.square(z), 1, true), st.mul(st.matMul(z, codebook, false, true), 2)),
    st.expandDims(st.sum(st.square(codebook), 1), 0));                  // [N, K]
  const codes = st.argMin(d, 1);                                        // [N]
  const zq = st.gather(codebook, codes, 0);                             // [N, D]
  const commitment = st.mean(st.squaredDifference(z, zq));
  const straightThrough = st.add(z, st.sub(zq, z));
  return { codes, zq: straightThrough, commitment };
}
