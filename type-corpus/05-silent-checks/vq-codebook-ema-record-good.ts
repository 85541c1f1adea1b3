// cause: 5 silent checks (new family): a VQ-VAE trained with gradients for the encoder and decoder and EMA for
// the codebook: the optimizer gets exactly the encoder and decoder parameters' gradients, the codebook is not in
// its record (assigned by the EMA update instead).
// expect: ok
import * as st from '../../src/index.js';

const enc = { w: st.variable(st.randomNormal([784, 64], 0, 0.02)) };
const dec = { w: st.variable(st.randomNormal([64, 784], 0, 0.02)) };
const codebook = st.variable(st.randomNormal([512, 64]));
const opt = new st.Adam({ learningRate: 2e-4 });

export function step(x: st.Tensor<[128, 784]>): number {
  const params = { enc: enc.w, dec: dec.w };
  const { value, grads } = st.variableGrads(() => {
    const z = st.matMul(x, params.enc);
    const zq = st.gather(codebook, st.argMin(st.matMul(z, codebook, false, true), 1), 0);
    const st1 = st.add(z, st.sub(zq, z));
    return st.mean(st.squaredDifference(st.matMul(st1, params.dec), x));
  }, params);
  opt.apply(params, grads);
  return value.item();
}
