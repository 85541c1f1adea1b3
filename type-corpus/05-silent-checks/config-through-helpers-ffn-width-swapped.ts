// cause: 5 silent checks. A config through the user's helpers (dims as the helpers' type parameters, as
// docs/typing.md says); the FFN's output is added to the 96-wide stream before its down projection, a
// 384-wide tensor: the literal config keeps both numbers to the error.
// expect: add: shapes [2, 10, 96] and [2, 10, 384] do not broadcast (96 vs 384)
import * as st from '../../src/index.js';

const config = { vocab: 512, dim: 96, ffn: 384 } as const;

function projection<I extends number, O extends number>(i: I, o: O, seeds: st.SeedSequence) {
  return new st.Linear(i, o, seeds, 'default');
}
function ffnOf<D extends number, F extends number>(cfg: { readonly dim: D; readonly ffn: F }, seeds: st.SeedSequence) {
  return { up: projection(cfg.dim, cfg.ffn, seeds), down: projection(cfg.ffn, cfg.dim, seeds) };
}
const seeds = new st.SeedSequence(7);
const embed = new st.Embedding(config.vocab, config.dim, seeds, 'default');
const ffn = ffnOf(config, seeds);
const h = embed.forward(st.zeros([2, 10], 'int32'));
const up = st.gelu(ffn.up.forward(h));
export const out = st.add(h, up); // error
