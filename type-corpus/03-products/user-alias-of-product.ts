// cause: 3 products. A user's own alias of a product inside another product: must check fast, and agree with Mul<Mul<KV, Rep>, Dh>.
// expect: ok
import * as st from '../../src/index.js';
import { Attention, RotaryEmbedding, SeedSequence } from '../../src/layers/index.js';

type Heads<KV extends number, Rep extends number> = st.Mul<KV, Rep>;
type ModelDim<KV extends number, Rep extends number, Dh extends number> = st.Mul<Heads<KV, Rep>, Dh>;

class MyBlock<KV extends number, Rep extends number, Dh extends number> {
  readonly attention: Attention<KV, Rep, Dh>;
  readonly rope: RotaryEmbedding<Dh>;
  constructor(kv: KV, rep: Rep, dh: Dh) {
    this.attention = new Attention(kv, rep, dh, new SeedSequence(0), 'default');
    this.rope = new RotaryEmbedding(dh, 10000, 'default');
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, ModelDim<KV, Rep, Dh>]>): st.Tensor<[B, T, ModelDim<KV, Rep, Dh>]> {
    return st.add(x, this.attention.forward(x, this.rope).output);
  }
}
export const y = new MyBlock(2, 4, 16).forward(st.zeros([1, 8, 128]));
