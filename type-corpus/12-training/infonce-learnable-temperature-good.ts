// cause: 12 training (new family): CLIP/InfoNCE with a learnable log temperature (a scalar parameter) trained
// with the two projection heads: variableGrads over the record, AdamW, the logit scale clipped to log(100).
// expect: ok
import * as st from '../../src/index.js';

const params = {
  imgProj: st.variable(st.randomNormal([512, 256], 0, 0.02)),
  txtProj: st.variable(st.randomNormal([384, 256], 0, 0.02)),
  logScale: st.variable(st.fill([], Math.log(1 / 0.07))),
};
const opt = new st.AdamW({ learningRate: 1e-4, weightDecay: 0.2 });
const normalize = (z: st.Tensor<[64, 256]>) => st.div(z, st.sqrt(st.sum(st.square(z), -1, true)));

export function step(img: st.Tensor<[64, 512]>, txt: st.Tensor<[64, 384]>): number {
  const labels = st.range(0, 64, 1, 'int32');
  const { value, grads } = st.variableGrads(() => {
    const i = normalize(st.matMul(img, params.imgProj));
    const t = normalize(st.matMul(txt, params.txtProj));
    const logits = st.mul(st.matMul(i, t, false, true), st.exp(params.logScale));
    return st.div(st.add(st.sparseSoftmaxCrossEntropy(logits, labels), st.sparseSoftmaxCrossEntropy(st.transpose(logits), labels)), 2);
  }, params);
  opt.apply(params, grads);
  params.logScale.assign(st.clipByValue(params.logScale, 0, Math.log(100)));
  return value.item();
}
