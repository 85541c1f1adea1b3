// cause: 5 silent checks. An MLP whose layer sizes come from a readonly tuple (`as const`, as a config file keeps
// them): each Linear built from two neighbouring entries keeps both literals, so the chain is checked.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const sizes = [784, 256, 128, 10] as const;
const seeds = new st.SeedSequence(0);
const fc1 = new st.Linear(sizes[0], sizes[1], seeds, 'default');
const fc2 = new st.Linear(sizes[1], sizes[2], seeds, 'default');
const fc3 = new st.Linear(sizes[2], sizes[3], seeds, 'default');
function mlp<B extends number>(x: st.Tensor<[B, 784]>) {
  return fc3.forward(st.relu(fc2.forward(st.relu(fc1.forward(x)))));
}
const logits = mlp(st.randomNormal([32, 784]));
export const ok: Eq<typeof logits.shape, [32, 10]> = true;
