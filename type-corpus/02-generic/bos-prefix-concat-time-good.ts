// cause: 2 generic code. A decoder that prepends a learned BOS embedding to every sequence along the time
// axis (axis 1 of [B, T, D]) before its blocks, in generic code: [B, 1 + T, D].
// expect: ok
import * as st from '../../src/index.js';

class WithBos<V extends number, D extends number> {
  readonly embed: st.Embedding<V, D>;
  readonly bosId: number;
  constructor(vocab: V, dim: D, bosId: number) {
    this.embed = new st.Embedding(vocab, dim, new st.SeedSequence(0), 'default');
    this.bosId = bosId;
  }
  embedWithBos<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>): st.Tensor<[B, st.Add<1, T>, D]> {
    const [b] = ids.shape;
    const bos = this.embed.forward(st.fill([b, 1], this.bosId, 'int32'));
    return st.concat([bos, this.embed.forward(ids)], 1);
  }
}
const m = new WithBos(65, 32, 0);
type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const h = m.embedWithBos(st.zeros([2, 16], 'int32'));
export const ok: Eq<typeof h.shape, [2, 17, 32]> = true;
