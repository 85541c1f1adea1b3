// cause: 4 kind tags. A decoder keeps the last step's output in a field declared as logits (for a later
// loss or sampler); the step stores softmax output there.
// expect: probabilities
import * as st from '../../src/index.js';

class Decoder {
  lastLogits: st.Tensor<[1, 65]> = st.zeros([1, 65]);
  constructor(readonly head: st.Tensor<[128, 65]>) {}
  step(h: st.Tensor<[1, 128]>) {
    this.lastLogits = st.softmax(st.matMul(h, this.head), -1); // error
    return this.lastLogits;
  }
}
export const dec = new Decoder(st.randomNormal([128, 65]));
