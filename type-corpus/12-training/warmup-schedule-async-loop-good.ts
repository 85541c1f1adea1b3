// cause: 12 training. An async training loop: batches awaited from a loader (as tf.data's iterator), linear
// warmup then cosine decay written by hand into the optimizer's learningRate, a typed batch record, the loss
// logged every few steps.
// expect: ok
import * as st from '../../src/index.js';

interface Batch<B extends number, T extends number> {
  readonly ids: st.Tensor<[B, T], 'int32'>;
  readonly targets: st.Tensor<[B, T], 'int32'>;
}
async function* batches<B extends number, T extends number>(b: B, t: T, count: number): AsyncGenerator<Batch<B, T>> {
  for (let i = 0; i < count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    yield { ids: st.zeros([b, t], 'int32'), targets: st.ones([b, t], 'int32') };
  }
}
function lrAt(step: number, warmup: number, total: number, peak: number, min: number): number {
  if (step < warmup) return (peak * (step + 1)) / warmup;
  const progress = (step - warmup) / Math.max(1, total - warmup);
  return min + 0.5 * (peak - min) * (1 + Math.cos(Math.PI * progress));
}
class Bigram<V extends number> extends st.Module {
  readonly table: st.Embedding<V, V>;
  constructor(vocab: V) {
    super();
    this.table = new st.Embedding(vocab, vocab, new st.SeedSequence(0), 'default');
  }
  forward<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>): st.Tensor<[B, T, V]> {
    return this.table.forward(ids);
  }
}
async function main(): Promise<number> {
  const model = new Bigram(65);
  const params = model.parameters();
  const opt = new st.AdamW({ learningRate: 0 });
  let step = 0;
  let last = 0;
  for await (const batch of batches(4, 8, 20)) {
    opt.learningRate = lrAt(step, 5, 20, 1e-2, 1e-3);
    const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(model.forward(batch.ids), batch.targets), params);
    opt.apply(params, grads);
    if (step % 5 === 0) last = value.item();
    step++;
  }
  return last;
}
export const done = main();
