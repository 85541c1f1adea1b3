// cause: 4 kind tags (arrays of tensors). Deep supervision collects every stage's logits in a typed array for an
// auxiliary loss each; one stage pushes its softmax output (kept for a visualisation) instead of its logits.
// expect: Type '"probabilities"' is not assignable to type '"values"'
import * as st from '../../src/index.js';

export function stages<B extends number>(features: st.Tensor<[B, 256]>[], head: st.Tensor<[256, 10]>) {
  const logits: st.Tensor<[B, 10]>[] = [];
  for (const [i, f] of features.entries()) {
    const out = st.matMul(f, head);
    if (i === features.length - 1) logits.push(st.softmax(out)); // error
    else logits.push(out);
  }
  return logits;
}
