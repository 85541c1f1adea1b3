// cause: 2 generic. tfjs-style chained methods in a generic decoder helper: a padding mask from the ids
// (ids.notEqual(pad)), its [B, 1, T] view combined with the causal mask by method (keep.logicalAnd(causal)),
// and the scores filled where the mask is false.
// expect: ok
import * as st from '../../src/index.js';

function decoderMask<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>, pad: number): st.Tensor<[B, T, T], 'bool'> {
  const [, t] = ids.shape;
  const keep = ids.notEqual(pad).expandDims(1);              // [B, 1, T]
  return keep.logicalAnd(st.causalMask(t));
}
const mask = decoderMask(st.zeros([2, 16], 'int32'), 0);
export const scores: st.Tensor<[2, 16, 16]> = st.randomNormal([2, 16, 16]).where(mask, -1e9);
