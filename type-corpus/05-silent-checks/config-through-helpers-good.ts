// cause: 5 silent checks. A model config object passed through three layers of the user's helpers (a
// builder, a block factory, a projection factory), as nanoGPT's GPTConfig is. The helpers name the config's
// dims as type parameters (`cfg: { dim: D; ffn: F }`, as docs/typing.md says; `cfg.dim` of a `C extends
// MyConfig` is TypeScript's `number`), so every dim stays the literal of the `as const` config to the end.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

const config = { vocab: 512, dim: 96, ffn: 384, layers: 2 } as const;

function projection<I extends number, O extends number>(i: I, o: O, seeds: st.SeedSequence) {
  return new st.Linear(i, o, seeds, 'default');
}
function ffnOf<D extends number, F extends number>(cfg: { readonly dim: D; readonly ffn: F }, seeds: st.SeedSequence) {
  return { up: projection(cfg.dim, cfg.ffn, seeds), down: projection(cfg.ffn, cfg.dim, seeds) };
}
function build<V extends number, D extends number, F extends number>(cfg: { readonly vocab: V; readonly dim: D; readonly ffn: F }) {
  const seeds = new st.SeedSequence(7);
  return { embed: new st.Embedding(cfg.vocab, cfg.dim, seeds, 'default'), ffns: [ffnOf(cfg, seeds), ffnOf(cfg, seeds)], head: projection(cfg.dim, cfg.vocab, seeds) };
}

const net = build(config);
let h = net.embed.forward(st.zeros([2, 10], 'int32'));
for (const f of net.ffns) h = st.add(h, f.down.forward(st.gelu(f.up.forward(h))));
const logits = net.head.forward(h);
export const width: Eq<typeof logits.shape, [2, 10, 512]> = true;
export const hidden: Eq<typeof net.ffns[0]['up']['outFeatures'], 384> = true;
