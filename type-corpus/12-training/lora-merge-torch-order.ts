// cause: 12 training. Merging a trained LoRA adapter into its frozen base before export, with PyTorch's formula
// (W += B @ A, for torch's A [r, in] and B [out, r]) transcribed onto adapters stored [in, r] and [r, out]:
// the delta comes out [out, in] and cannot be added to the [in, out] weight.
// expect: add: shapes [256, 512] and [512, 256] do not broadcast
import * as st from '../../src/index.js';

class LoRA<In extends number, Out extends number, R extends number> extends st.Module {
  readonly base: st.Linear<In, Out>;
  readonly lora_a: st.Variable<[In, R]>;
  readonly lora_b: st.Variable<[R, Out]>;
  constructor(inF: In, outF: Out, rank: R, seeds: st.SeedSequence) {
    super();
    this.base = new st.Linear(inF, outF, seeds, 'default');
    this.lora_a = st.variable(st.randomNormal([inF, rank], 0, 0.01, 'float32', seeds.take()));
    this.lora_b = st.variable(st.zeros([rank, outF]));
  }
}
const layer = new LoRA(256, 512, 8, new st.SeedSequence(0));
export function merge(scale: number): void {
  st.tidy(() => {
    const delta = st.matMul(st.transpose(layer.lora_b), st.transpose(layer.lora_a));
    layer.base.weight.assign(st.add(layer.base.weight, st.mul(delta, scale))); // error
    return undefined;
  });
}
