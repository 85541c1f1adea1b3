// cause: 11 gather/one-hot (new family): BERT's masked-LM head: the hidden states flattened to [B * T, D], the
// masked positions gathered ([M, D]), a transform, logits over the tied embedding table, and the loss on the
// M masked labels only.
// expect: ok
import * as st from '../../src/index.js';

const vocab = 30522;
const d = 128;
const wordEmb = st.variable(st.mul(st.randomNormal([vocab, d], 0, 1, 'float32', 1), 0.02));
const transform = st.variable(st.mul(st.randomNormal([d, d], 0, 1, 'float32', 2), 0.02));
const hidden = st.randomNormal([8, 64, d]);
const maskedPositions = st.zeros([40], 'int32');   // flat positions b * 64 + t of the masked tokens
const maskedLabels = st.zeros([40], 'int32');

function mlmLoss(): st.Tensor<[]> {
  const flat = st.reshape(hidden, [-1, d]);                 // [512, 128]
  const picked = st.gather(flat, maskedPositions);          // [40, 128]
  const h = st.gelu(st.matMul(picked, transform));
  const logits = st.matMul(h, wordEmb, false, true);        // [40, 30522]
  return st.sparseSoftmaxCrossEntropy(logits, maskedLabels);
}
const { value } = st.variableGrads(mlmLoss, { wordEmb, transform });
export const loss: number = value.item();
