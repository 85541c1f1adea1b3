// cause: 11 gather/one-hot (new family): Hugging Face's position ids for left-padded batches: cumsum of the int32
// attention mask minus 1, padding positions set to 1, then the RoPE cos table rows gathered per token.
// expect: ok
import * as st from '../../src/index.js';

const cosTable = st.randomNormal([2048, 128]);
export function positionCos(attentionMask: st.Tensor<[4, 32], 'int32'>) {
  const positions = st.sub(st.cumsum(attentionMask, 1), 1);
  const ids = st.where(st.notEqual(attentionMask, 0), positions, 1);
  return st.gather(cosTable, ids, 0);                                  // [4, 32, 128]
}
export const cos: st.Tensor<[4, 32, 128]> = positionCos(st.ones([4, 32], 'int32'));
