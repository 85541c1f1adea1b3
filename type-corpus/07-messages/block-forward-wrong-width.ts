// cause: 7 messages (a layer's input width). A decoder stack of blocks built for 2 x 2 x 32 = 128 wide hidden states
// fed the 96-wide output of an embedding sized for another config.
// expect: Block.forward: the input's last dim must be the layer's kvHeads x repeats x headDim
import * as st from '../../src/index.js';

const seeds = new st.SeedSequence(1);
const embed = new st.Embedding(1000, 96, seeds, 'default');
const block = new st.Block(2, 2, 32, 256, seeds, 'default', { normEps: 1e-5 });
const rope = new st.RotaryEmbedding(32, 10000, 'default');
export function hidden(ids: st.Tensor<[4, 16], 'int32'>) {
  return block.forward(embed.forward(ids), rope).output; // error
}
