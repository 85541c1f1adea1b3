// cause: 12 training. Karpathy's BigramLanguageModel as a generic Module: forward(idx, targets) returns the logits
// and, with targets, the loss computed as in the video: B, T, C = logits.shape; logits.view(B * T, C);
// targets.view(B * T) (`b * t` is a run-time dim: checked when the code runs); a training step on it.
// expect: ok
import * as st from '../../src/index.js';

class BigramLanguageModel<V extends number> extends st.Module {
  readonly tokenEmbeddingTable: st.Embedding<V, V>;
  constructor(vocabSize: V) {
    super();
    this.tokenEmbeddingTable = new st.Embedding(vocabSize, vocabSize, new st.SeedSequence(1337), 'default');
  }
  forward<B extends number, T extends number>(idx: st.Tensor<[B, T], 'int32'>, targets?: st.Tensor<[B, T], 'int32'>) {
    const logits = this.tokenEmbeddingTable.forward(idx);
    if (targets === undefined) return { logits, loss: undefined };
    const [b, t, c] = logits.shape;
    const flat = logits.reshape([b * t, c]);
    const loss = st.sparseSoftmaxCrossEntropy(flat, targets.reshape([b * t]));
    return { logits: flat, loss };
  }
}
const m = new BigramLanguageModel(65);
const params = m.parameters();
const opt = new st.AdamW({ learningRate: 1e-3 });
const xb = st.zeros([4, 8], 'int32');
const yb = st.ones([4, 8], 'int32');
const { value, grads } = st.variableGrads(() => m.forward(xb, yb).loss ?? st.scalar(0), params);
opt.apply(params, grads);
export const loss: number = value.item();
