// cause: 9 named dims (symbolic sizes). An encoder-decoder block adds the encoder's stream to the decoder's as
// its residual: [batch, src, d] + [batch, tgt, d] with src and tgt symbolic, the kind of bug jaxtyping's
// named dims exist to catch (both lengths are 128 in the unit test, so the run passes).
// expect: add: shapes
// expect: tgt=? vs src=?
import * as st from '../../src/index.js';

type Batch = st.Named<'batch', number>;
type Tgt = st.Named<'tgt', number>;
type Src = st.Named<'src', number>;
type D = st.Named<'d', 512>;

class DecoderBlock {
  constructor(readonly wq: st.Tensor<[D, D]>, readonly wo: st.Tensor<[D, D]>) {}

  forward(x: st.Tensor<[Batch, Tgt, D]>, memory: st.Tensor<[Batch, Src, D]>) {
    const q = st.matMul(x, this.wq);
    const att = st.softmax(st.matMul(q, memory, false, true));
    const mixed = st.matMul(st.matMul(att, memory), this.wo);
    return st.add(mixed, memory); // error
  }
}
export const block = DecoderBlock;
