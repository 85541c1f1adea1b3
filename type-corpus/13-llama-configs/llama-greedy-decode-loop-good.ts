// cause: 13 configs. A greedy decoding loop with the KV cache, written by hand: the prompt once, then one token
// at a time from the last position's argmax (int32, [B, 1]), the caches carried and freed. Must compile, with
// the logits' dims on every step.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const model = st.createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
type Caches = ReturnType<typeof model.forwardCached<2, number>>['caches'];
function lastToken<T extends number>(logits: st.Tensor<[2, T, 65]>): st.Tensor<[2, 1], 'int32'> {
  const last = st.slice(logits, [0, logits.shape[1] - 1, 0], [2, 1, 65]);
  return st.argMax(last, -1);
}
export function decode(prompt: st.Tensor<[2, 8], 'int32'>, steps: number): st.Tensor<[2, 1], 'int32'>[] {
  const first = model.forwardCached(prompt, undefined);
  let caches: Caches = first.caches;
  let next = lastToken(first.logits);
  const out = [next];
  for (let i = 0; i < steps; i++) {
    const step = model.forwardCached(next, caches);
    const check: Eq<typeof step.logits.shape, [2, 1, 65]> = true;
    void check;
    st.dispose(caches);
    caches = step.caches;
    next = lastToken(step.logits);
    out.push(next);
  }
  st.dispose(caches);
  return out;
}
