// cause: 6 literal facts. Padding token ids with an integer id (the pad token), a float mask with 0.5, and a helper
// generic over the dtype that pads with a run-time value or an integer: all compile (a fraction is only refused on int32).
// expect: ok
import * as st from '../../src/index.js';

const padId = 3;
export function padBatch<B extends number, T extends number, D extends 'float32' | 'int32'>(x: st.Tensor<[B, T], D>, value: number) {
  return { byValue: st.pad(x, [[0, 0], [0, 2]], value), byOne: x.pad([[0, 0], [1, 0]], 1) };
}
export const ids = st.pad(st.tensor([[5, 6, 7]], [1, 3], 'int32'), [[0, 0], [0, 1]], padId);
export const soft = st.pad(st.ones([1, 3]), [[0, 0], [0, 1]], 0.5);
export const both = padBatch(st.zeros([2, 4], 'int32'), padId);
