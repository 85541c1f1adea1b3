// cause: 1 union inference: the same user's Sequential and a function composing three layers, each width inferred from
// two layers that agree; the composed model's output is [N, 10].
// expect: ok
import * as st from '../../src/index.js';

class Sequential2<I extends number, H extends number, O extends number> extends st.Module {
  constructor(readonly fc1: st.Linear<I, H>, readonly fc2: st.Linear<H, O>) { super(); }
  forward<N extends number>(x: st.Tensor<[N, I]>): st.Tensor<[N, O]> {
    return this.fc2.forward(st.relu(this.fc1.forward(x)));
  }
}
function chain3<A extends number, B extends number, C extends number, D extends number>(f: st.Linear<A, B>, g: st.Linear<B, C>, h: st.Linear<C, D>) {
  return <N extends number>(x: st.Tensor<[N, A]>) => h.forward(st.gelu(g.forward(st.gelu(f.forward(x)))));
}
const seeds = new st.SeedSequence(0);
const model = new Sequential2(new st.Linear(64, 128, seeds, 'default'), new st.Linear(128, 10, seeds, 'default'));
export const logits: st.Tensor<[4, 10]> = model.forward(st.zeros([4, 64]));
const deep = chain3(new st.Linear(32, 64, seeds, 'default'), new st.Linear(64, 64, seeds, 'default'), new st.Linear(64, 10, seeds, 'default'));
export const out: st.Tensor<[8, 10]> = deep(st.zeros([8, 32]));
export const params = model.parameters();
