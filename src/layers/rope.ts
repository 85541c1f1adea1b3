// Rotary position embedding, Meta's form: adjacent pairs (2i, 2i+1) of each head's query/key vector
// rotate by angle position * theta^(-2i/headDim), i from 0; the same frequencies for every head.
// Applied to queries and keys only, never to values.
import * as st from '../index.js';

export class RotaryEmbedding<Dh extends number, Dev extends st.Device = st.DefaultDevice> {
  /** theta^(-2i/headDim) for each pair, repeated for both members: [1, headDim]. */
  private readonly inverseFrequencies: st.Tensor<[1, Dh], 'float32', Dev>;
  /** x @ rotation turns each pair (a, b) into (-b, a): the "i" of the complex form, as a matmul. */
  private readonly rotation: st.Tensor<[Dh, Dh], 'float32', Dev>;

  constructor(readonly headDim: Dh, readonly theta: number, readonly device: Dev) {
    if (headDim % 2 !== 0) throw new Error(`RotaryEmbedding: headDim must be even, got ${headDim}`);
    const freqs = new Float32Array(headDim);
    const rot = new Float32Array(headDim * headDim);
    for (let i = 0; i < headDim / 2; i++) {
      const f = Math.pow(theta, (-2 * i) / headDim);
      freqs[2 * i] = f;
      freqs[2 * i + 1] = f;
      rot[(2 * i + 1) * headDim + 2 * i] = -1;
      rot[2 * i * headDim + 2 * i + 1] = 1;
    }
    this.inverseFrequencies = st.keep(st.tensor(freqs, [1, headDim], 'float32', device));
    this.rotation = st.keep(st.tensor(rot, [headDim, headDim], 'float32', device));
  }

  /** Rotates x: [batch, heads, T, headDim] whose positions are start, start + 1, ..., start + T - 1. */
  forward<B extends number, H extends number, T extends number>(x: st.Tensor<[B, H, T, Dh], 'float32', Dev>, start = 0): st.Tensor<[B, H, T, Dh], 'float32', Dev> {
    const [, , length] = x.shape;
    const positions = new Float32Array(length).map((_, i) => start + i);
    const angles = st.matMul(st.tensor(positions, [length, 1], 'float32', this.device), this.inverseFrequencies);
    const rotated = st.linear(x, this.rotation);
    return st.add(st.mul(x, st.cos(angles)), st.mul(rotated, st.sin(angles)));
  }

  dispose(): void {
    this.inverseFrequencies.dispose();
    this.rotation.dispose();
  }
}
