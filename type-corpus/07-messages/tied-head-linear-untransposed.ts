// cause: 7 messages. Weight tying in the user's own GPT: the output head reuses the token embedding table
// [V, D] through linear(), which takes its weight as [in, out] = [D, V]; the table needs transposing first.
// expect: linear: input's last dim 128 does not match the weight [65, 128] (expects 65)
import * as st from '../../src/index.js';

class TinyGpt extends st.Module {
  readonly wte: st.Embedding<65, 128>;
  readonly wpe: st.Variable<[32, 128]>;
  constructor(seeds: st.SeedSequence) {
    super();
    this.wte = new st.Embedding(65, 128, seeds, 'default');
    this.wpe = st.variable(st.randomNormal([32, 128], 0, 0.02, 'float32', seeds.take()));
  }
  logits(ids: st.Tensor<[4, 32], 'int32'>) {
    const h = st.add(this.wte.forward(ids), this.wpe);
    return st.linear(h, this.wte.weight); // error
  }
}
export const logits = new TinyGpt(new st.SeedSequence(0)).logits(st.zeros([4, 32], 'int32'));
