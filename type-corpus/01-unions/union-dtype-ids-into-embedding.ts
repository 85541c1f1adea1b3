// cause: 1 unions (a dtype chosen at run time). Token ids read either from a packed int32 file or from a JSON
// list (float32 by default): the union of the two reaches the embedding, which takes int32 ids only.
// expect: Embedding.forward: the ids must be int32
import * as st from '../../src/index.js';

declare const packed: Int32Array;
declare const listed: number[];
const fromBinary = process.argv.includes('--bin');
const ids = fromBinary ? st.tensor(packed, [1, 128], 'int32') : st.tensor(listed, [1, 128]);
const embed = new st.Embedding(32000, 256, new st.SeedSequence(0), 'default');
export const h = embed.forward(ids); // error
