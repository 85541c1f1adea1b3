// cause: 11 gather (a table of rank 3). The RVQ decode summing over axis 1 (time) instead of the quantiser axis
// 2 of the gathered [B, T, Q, D]: the decoder's [B, T, D] input is refused.
// expect: [2, 8, 128]
// expect: [2, 75, 128]
import * as st from '../../src/index.js';

declare function decoder(z: st.Tensor<[2, 75, 128]>): st.Tensor<[2, 24000]>;
const books = st.randomNormal([1024, 8, 128]);
export function reconstruct(codes: st.Tensor<[2, 75], 'int32'>) {
  const z = st.sum(st.gather(books, codes), 1);
  return decoder(z); // error
}
