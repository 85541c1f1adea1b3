// cause: 1 union inference. A generic model run in one of two sizes picked by a flag. The union of the two
// results is widened where it is declared to the run-time width (docs/typing.md, "A union of tensors"),
// so the ops after it take one shape.
// expect: ok
import * as st from '../../src/index.js';

function probe<D extends number>(dim: D, seed: number) {
  const seeds = new st.SeedSequence(seed);
  const enc = new st.Linear(dim, dim, seeds, 'default');
  const norm = new st.RMSNorm(dim, 1e-5, 'default');
  const x = st.randomNormal([4, 16, dim]);
  return norm.forward(enc.forward(x));
}
const h: st.Tensor<[4, 16, number]> = process.argv.includes('--large') ? probe(512, 1) : probe(256, 1);
export const energy: number = st.mean(st.square(h)).item();
