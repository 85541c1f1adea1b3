// cause: 7 messages (a layer's input dtype). A hand-rolled decoder stack that skipped the embedding: the int32
// token ids, already of the model's width by a mistaken reshape, go straight into the first transformer block.
// expect: Block.forward: the input must be float32
import * as st from '../../src/index.js';

const seeds = new st.SeedSequence(7);
const blocks = [0, 1].map(() => new st.Block(2, 2, 32, 256, seeds, 'default', { normEps: 1e-5 }));
const rope = new st.RotaryEmbedding(32, 10000, 'default');
export function decode<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>, b: B, t: T) {
  const wide = st.reshape(st.tile(st.expandDims(ids, 2), [1, 1, 128]), [b, t, 128]);
  return blocks[0].forward(wide, rope).output; // error
}
