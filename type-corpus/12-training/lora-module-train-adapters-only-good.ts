// cause: 12 training. LoRA as a user's own Module wrapping the library's Linear (frozen base) with two adapter
// variables; only the adapters are differentiated and updated (the base is left out of both records), with
// global-norm clipping. Must compile, and the adapted output keeps the base layer's dims.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
class LoRA<In extends number, Out extends number, R extends number> extends st.Module {
  readonly base: st.Linear<In, Out>;
  readonly lora_a: st.Variable<[In, R]>;
  readonly lora_b: st.Variable<[R, Out]>;
  constructor(inF: In, outF: Out, readonly rank: R, readonly alpha: number, seeds: st.SeedSequence) {
    super();
    this.base = new st.Linear(inF, outF, seeds, 'default');
    this.lora_a = st.variable(st.randomNormal([inF, rank], 0, 0.01, 'float32', seeds.take()));
    this.lora_b = st.variable(st.zeros([rank, outF]));
  }
  forward<L extends st.Shape>(x: st.Tensor<[...L, In]>): st.Tensor<[...L, Out]> {
    const delta = st.linear(st.linear(x, this.lora_a), this.lora_b);
    return st.add(this.base.forward(x), st.mul(delta, this.alpha / this.rank));
  }
}
const layer = new LoRA(512, 512, 8, 16, new st.SeedSequence(0));
const params = layer.parameters();
const adapters = { lora_a: params.lora_a, lora_b: params.lora_b };
const opt = new st.AdamW({ learningRate: 1e-4, weightDecay: 0 });
export function step(x: st.Tensor<[4, 32, 512]>, target: st.Tensor<[4, 32, 512]>): number {
  const { value, grads } = st.variableGrads(() => st.mean(st.square(st.sub(layer.forward(x), target))), adapters);
  const clipped = st.clipByGlobalNorm(grads, 1.0);
  opt.apply(adapters, clipped.grads);
  st.dispose(clipped.grads);
  const loss = value.dataSync()[0];
  value.dispose();
  return loss;
}
const y = layer.forward(st.zeros([2, 7, 512]));
export const ok: Eq<typeof y.shape, [2, 7, 512]> = true;
