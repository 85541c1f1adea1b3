// cause: 1 union inference. Helpers generic over the dtype and the device, used as meant: the ids, the padding and
// the targets on one device and dtype, the same run-time device choice on both sides of a helper, and an
// either-dtype logging parameter.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function appendPad<B extends number, T extends number, D extends st.DType, Dev extends st.Device>(ids: st.Tensor<[B, T], D, Dev>, pad: st.Tensor<[B, 1], D, Dev>) {
  return st.concat([ids, pad], 1);
}
function tokenLoss<B extends number, T extends number, V extends number, Dev extends st.Device>(
  logits: st.Tensor<[B, T, V], 'float32', Dev>, targets: st.Tensor<[B, T], 'int32', Dev>,
) {
  return st.sparseSoftmaxCrossEntropy(logits, targets);
}
function describe(t: st.Tensor<st.Shape, 'float32' | 'int32', st.Device>): string {
  return `${t.dtype}@${t.device} ${t.shape.join('x')}`;
}

const device = process.argv.includes('--cpu') ? 'cpu' : 'default';
const seeds = new st.SeedSequence(11);
const embed = new st.Embedding(96, 32, seeds, device);
const head = new st.Linear(32, 96, seeds, device);
const batch = st.tensor(Array.from({ length: 12 }, (_, i) => i % 96), [4, 3], 'int32', device);
const padded = appendPad(batch, st.zeros([4, 1], 'int32', device));
export const paddedType: Eq<typeof padded, st.Tensor<[4, 4], 'int32', 'cpu' | 'default'>> = true;
const ids = st.slice(padded, [0, 0], [-1, 3]);
const targets = st.slice(padded, [0, 1], [-1, 3]);
const loss = tokenLoss(head.forward(embed.forward(ids)), targets);
export const lines = [describe(loss), describe(padded)];
