// cause: 2 generic code. A sequence classifier on a literal Llama's decoder (LlamaModel) as a user's own Module:
// the final hidden states are mean-pooled over time and projected to the classes by a Linear of the model's
// width; trained with the optimizer on the head only. Must compile, with the logits' dims.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const config = {
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
} as const satisfies st.LlamaConfig;
const llama = st.createLlama(config);
class Classifier<C extends number> extends st.Module {
  readonly head: st.Linear<typeof config.dim, C>;
  constructor(readonly backbone: typeof llama.model, classes: C, seeds: st.SeedSequence) {
    super();
    this.head = new st.Linear(config.dim, classes, seeds, 'default');
  }
  logits<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>): st.Tensor<[B, C]> {
    const { hidden } = this.backbone.forward(ids, undefined);
    return this.head.forward(st.mean(hidden, 1));
  }
}
const clf = new Classifier(llama.model, 3, new st.SeedSequence(2));
const headParams = clf.head.parameters();
const opt = new st.SGD({ learningRate: 0.1 });
export function step(ids: st.Tensor<[8, 32], 'int32'>, labels: st.Tensor<[8], 'int32'>): void {
  const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(clf.logits(ids), labels), headParams);
  opt.apply(headParams, grads);
  value.dispose();
}
const out = clf.logits(st.zeros([2, 10], 'int32'));
export const ok: Eq<typeof out.shape, [2, 3]> = true;
