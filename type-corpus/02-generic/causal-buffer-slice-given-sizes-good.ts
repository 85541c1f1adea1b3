// cause: 2 generic code. A GPT attention module keeping nanoGPT's causal buffer [1, 1, S, S] (S the block size)
// and cutting it to the batch's length each forward, bias[:, :, :T, :T] as slice(bias, [0, 0, 0, 0], [1, 1, t, t])
// with t the input's T: every size given, so the result is [1, 1, T, T] (checked against S at run time).
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

class CausalMask<S extends number> {
  readonly bias: st.Tensor<[1, 1, S, S], 'bool'>;
  constructor(blockSize: S) {
    this.bias = st.expandDims(st.expandDims(st.causalMask(blockSize), 0), 0);
  }
  cut<T extends number>(t: T) {
    return this.bias.slice([0, 0, 0, 0], [1, 1, t, t]);
  }
  apply<B extends number, H extends number, T extends number>(att: st.Tensor<[B, H, T, T]>) {
    const [, , t] = att.shape;
    return st.where(st.slice(this.bias, [0, 0, 0, 0], [1, 1, t, t]), att, -1e9);
  }
}
const mask = new CausalMask(64);
const cut = mask.cut(16);
export const shape: Eq<typeof cut.shape, [1, 1, 16, 16]> = true;
export const masked: st.Tensor<[2, 4, 16, 16]> = mask.apply(st.randomNormal([2, 4, 16, 16]));
