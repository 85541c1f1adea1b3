// cause: 2 generic (new family): a diffusion model's sinusoidal timestep embedding in generic code: the
// frequencies exp(-log(10000) * i / half), the outer product t[:, None] * freqs[None, :], [sin, cos] concatenated
// to the full width, then the time MLP.
// expect: ok
import * as st from '../../src/index.js';

function timestepEmbedding<B extends number, Half extends number>(t: st.Tensor<[B]>, half: Half) {
  const freqs = st.exp(st.mul(st.range(0, half), -Math.log(10000) / half));       // [Half]
  const args = st.mul(st.expandDims(t, 1), st.expandDims(freqs, 0));             // [B, Half]
  return st.concat([st.sin(args), st.cos(args)], -1);                            // [B, Half + Half]
}
const emb = timestepEmbedding(st.randomUniform([32], 0, 1000), 64);
const w1 = st.variable(st.randomNormal([128, 512]));
const w2 = st.variable(st.randomNormal([512, 512]));
export const temb: st.Tensor<[32, 512]> = st.matMul(st.silu(st.matMul(emb, w1)), w2);
