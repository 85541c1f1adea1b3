// cause: 1 unions, good. The run-time choices made once and carried through: a device union for the model and
// its batch (both built with the one variable), ids cast to int32 whatever file they came from, and a width
// chosen at run time declared as a `number` dim, checked at run time.
// expect: ok
import * as st from '../../src/index.js';

const device = process.argv.includes('--cpu') ? 'cpu' : 'default';
const model = st.createLlama({
  vocabSize: 256, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 4, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 128, dropout: 0,
}, 0, device);
declare const listed: number[];
const ids = st.cast(st.tensor(listed, [8, 64]), 'int32').to(device);
export const loss = model.loss(ids, ids);
declare function encoder<D extends number>(width: D): st.Tensor<[16, D]>;
const pooled: st.Tensor<[16, number]> = process.argv.includes('--small') ? encoder(384) : encoder(768);
export const logits = st.linear(pooled, st.randomNormal([768, 3]));
