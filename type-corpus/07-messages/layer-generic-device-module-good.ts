// cause: 7 messages. A user's generic module over the device (embedding, RoPE attention block, norm, head, and an
// own MLP of Linears) used on the CPU and on the default device, each with inputs made there: compiles.
// expect: ok
import * as st from '../../src/index.js';

class TinyLm<V extends number, D extends number, Dev extends st.Device> extends st.Module {
  readonly embed: st.Embedding<V, D, Dev>;
  readonly up: st.Linear<D, 128, Dev>;
  readonly down: st.Linear<128, D, Dev>;
  readonly norm: st.RMSNorm<D, Dev>;
  readonly head: st.Linear<D, V, Dev>;
  constructor(vocab: V, dim: D, seeds: st.SeedSequence, readonly device: Dev) {
    super();
    this.embed = new st.Embedding(vocab, dim, seeds, device);
    this.up = new st.Linear(dim, 128, seeds, device);
    this.down = new st.Linear(128, dim, seeds, device);
    this.norm = new st.RMSNorm(dim, 1e-5, device);
    this.head = new st.Linear(dim, vocab, seeds, device);
  }
  forward<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32', Dev>): st.Tensor<[B, T, V], 'float32', Dev> {
    const h = this.embed.forward(ids);
    const mixed = st.add(h, this.down.forward(st.gelu(this.up.forward(this.norm.forward(h)))));
    return this.head.forward(this.norm.forward(mixed));
  }
}
function step<Dev extends st.Device>(device: Dev) {
  const lm = new TinyLm(65, 32, new st.SeedSequence(0), device);
  const ids = st.zeros([2, 8], 'int32', device);
  return st.sparseSoftmaxCrossEntropy(lm.forward(ids), st.zeros([2, 8], 'int32', device));
}
export const losses = [step('cpu'), step('default')];
const block = new st.Block(2, 2, 16, 128, new st.SeedSequence(2), 'cpu', { normEps: 1e-5 });
const rope = new st.RotaryEmbedding(16, 10000, 'cpu');
export const out = block.forward(st.zeros([1, 8, 64], 'float32', 'cpu'), rope).output;
