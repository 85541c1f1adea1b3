// cause: 2 generic code. The greedy decoder's collected tokens are argMax's [B] (the time axis not put back), and
// the prompt [B, T] is concatenated with them by concat([prompt, ...steps], 1).
// expect: concat: ranks differ: [${B}, ${T}]
import * as st from '../../src/index.js';

export function collect<B extends number, T extends number, V extends number>(prompt: st.Tensor<[B, T], 'int32'>, logits: st.Tensor<[B, V]>[]) {
  const steps = logits.map((l) => st.argMax(l, -1));
  return st.concat([prompt, ...steps], 1); // error
}
