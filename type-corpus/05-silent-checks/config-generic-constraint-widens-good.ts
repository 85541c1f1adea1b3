// cause: 5 silent checks. What docs/typing.md warns of: a helper over `C extends MyConfig` reads `cfg.dim` as
// TypeScript's `number` (property access on a type parameter gives the constraint's type), so the layers it
// builds have run-time dims, checked when the code runs; the helper written over the dims keeps the literals.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
interface MyConfig { readonly dim: number; readonly ffn: number }
const config = { dim: 96, ffn: 384 } as const;
const seeds = new st.SeedSequence(0);

function upOf<C extends MyConfig>(cfg: C) {
  return new st.Linear(cfg.dim, cfg.ffn, seeds, 'default');
}
function upOfDims<D extends number, F extends number>(cfg: { readonly dim: D; readonly ffn: F }) {
  return new st.Linear(cfg.dim, cfg.ffn, seeds, 'default');
}
export const widened: Eq<ReturnType<typeof upOf<typeof config>>, st.Linear<number, number>> = true;
export const literal: Eq<ReturnType<typeof upOfDims<96, 384>>, st.Linear<96, 384>> = true;
const y = upOfDims(config).forward(st.zeros([2, 96]));
export const width: Eq<typeof y.shape, [2, 384]> = true;
