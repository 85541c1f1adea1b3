// cause: 2 generic code. A greedy decoder that collects each step's token [B, 1] in an array and returns the prompt
// with them, concat([prompt, ...steps], 1) (a spread after the first tensor), a length known at run time.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function greedy<B extends number, T extends number, V extends number>(
  prompt: st.Tensor<[B, T], 'int32'>, step: (ids: st.Tensor<[B, number], 'int32'>) => st.Tensor<[B, V]>, tokens: number,
) {
  const steps: st.Tensor<[B, 1], 'int32'>[] = [];
  let ids: st.Tensor<[B, number], 'int32'> = prompt;
  for (let i = 0; i < tokens; i++) {
    const next = st.expandDims(st.argMax(step(ids), -1), -1);
    steps.push(next);
    ids = st.concat([prompt, ...steps], 1);
  }
  return ids;
}
const table = st.randomNormal([65, 65]);
const out = greedy(st.zeros([2, 3], 'int32'), (ids) => st.squeeze(st.slice(st.gather(table, ids), [0, 0, 0], [-1, 1, -1]), [1]), 5);
export const ok: Eq<typeof out.shape, [2, number]> = true;
