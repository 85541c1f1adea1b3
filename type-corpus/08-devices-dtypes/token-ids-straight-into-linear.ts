// cause: 8 dtypes (a layer's input). A bag-of-tokens baseline that forgot its embedding: the int32 token ids go
// straight into the first Linear layer (PyTorch would fail at run time with "expected Float but found Long").
// expect: Linear.forward: the input must be float32
import * as st from '../../src/index.js';

const fc = new st.Linear(128, 64, new st.SeedSequence(0), 'default');
export function encode<B extends number>(ids: st.Tensor<[B, 128], 'int32'>) {
  return st.relu(fc.forward(ids)); // error
}
