// cause: 12 training (new family): CLIP's symmetric contrastive loss: image and text features projected and
// L2-normalised row-wise (keepDims norms), logits = img @ txt^T * exp(logit scale), labels 0..B-1 as int32,
// the mean of the image-to-text and text-to-image cross-entropies, one AdamW step.
// expect: ok
import * as st from '../../src/index.js';

const B = 64;
const imgProj = st.variable(st.mul(st.randomNormal([768, 512], 0, 1, 'float32', 1), 0.02));
const txtProj = st.variable(st.mul(st.randomNormal([512, 512], 0, 1, 'float32', 2), 0.02));
const logitScale = st.variable(st.fill([], Math.log(1 / 0.07)));
const imgFeat = st.randomNormal([B, 768]);
const txtFeat = st.randomNormal([B, 512]);
const labels = st.range(0, B, 1, 'int32');

const normalise = <N extends number, D extends number>(x: st.Tensor<[N, D]>) => st.div(x, st.sqrt(st.sum(st.square(x), -1, true)));
function clipLoss(): st.Tensor<[]> {
  const img = normalise(st.matMul(imgFeat, imgProj));
  const txt = normalise(st.matMul(txtFeat, txtProj));
  const logits = st.mul(st.matMul(img, txt, false, true), st.exp(logitScale)); // [64, 64]
  const i2t = st.sparseSoftmaxCrossEntropy(logits, labels);
  const t2i = st.sparseSoftmaxCrossEntropy(st.transpose(logits), labels);
  return st.div(st.add(i2t, t2i), 2);
}
const params = { imgProj, txtProj, logitScale };
const opt = new st.AdamW({ learningRate: 5e-4, weightDecay: 0.2, decays: (_name, shape) => shape.length >= 2 });
const { value, grads } = st.variableGrads(clipLoss, params);
opt.apply(params, grads);
export const loss: number = value.item();
