// cause: 8 dtypes: PyTorch's `torch.where(pad, 0.5, counts)` on an int32 count tensor, the fill first: the fraction would
// become 0 in int32. Refused with where's int32 sentence, with the fill first as with it last.
// expect: where: 0.5 is not an integer, but the tensor is int32
import * as st from '../../src/index.js';

export function smoothCounts<B extends number, V extends number>(counts: st.Tensor<[B, V], 'int32'>, pad: st.Tensor<[B, V], 'bool'>) {
  return st.where(pad, 0.5, counts); // error
}
