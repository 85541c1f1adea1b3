// cause: 2 generic code. A block whose output projection is optional (absent when the widths match): called with
// optional chaining and a fallback, `this.proj?.forward(h) ?? h`, in a generic Module.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
class MaybeProjected<D extends number> extends st.Module {
  readonly up: st.Linear<D, D>;
  readonly proj?: st.Linear<D, D>;
  constructor(dim: D, project: boolean, seeds: st.SeedSequence) {
    super();
    this.up = new st.Linear(dim, dim, seeds, 'default');
    if (project) this.proj = new st.Linear(dim, dim, seeds, 'default');
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, D]>): st.Tensor<[B, T, D]> {
    const h = st.gelu(this.up.forward(x));
    return st.add(x, this.proj?.forward(h) ?? h);
  }
}
const blocks = [new MaybeProjected(32, true, new st.SeedSequence(0)), new MaybeProjected(32, false, new st.SeedSequence(1))];
let x = st.randomNormal([2, 6, 32]);
for (const b of blocks) x = b.forward(x);
export const ok: Eq<typeof x.shape, [2, 6, 32]> = true;
