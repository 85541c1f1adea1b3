// cause: 2 generic: an attention written as in HF's eager attention and T5, with the smaller operand of the same
// rank first: the padding bias [B, 1, 1, T] added before the scores (`mask + scores`), a key floor compared against
// the scores either way round, key-padding and causal masks combined in either order (the same rank or a lower
// one), a threshold per channel [C, 1, 1] compared with images. Each result is the larger operand's shape.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

export function attend<B extends number, H extends number, T extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, T, Dh]>, v: st.Tensor<[B, H, T, Dh]>,
  paddingBias: st.Tensor<[B, 1, 1, T]>, keep: st.Tensor<[B, 1, 1, T], 'bool'>, causal: st.Tensor<[T, T], 'bool'>,
) {
  const scores = st.matMul(q, k, false, true);
  const biased = st.add(paddingBias, scores);           // mask first, as `attn_weights = attention_mask + attn_weights`
  const biasedM = paddingBias.add(scores);
  const allowed = st.logicalAnd(keep, st.logicalAnd(causal, st.greater(biased, -1e4)));
  const allowedM = causal.logicalAnd(keep.logicalAnd(biasedM.greater(-1e4)));
  const masked = st.where(allowed, biased, -1e9);
  const ok1: Eq<typeof biased, st.Tensor<[B, H, T, T]>> = true;
  const ok2: Eq<typeof allowed, st.Tensor<[B, H, T, T], 'bool'>> = true;
  const ok3: Eq<typeof allowedM, st.Tensor<[B, H, T, T], 'bool'>> = true;
  return { out: st.matMul(st.softmax(masked, -1), v), checks: [ok1, ok2, ok3] };
}

export function floorScores<B extends number, H extends number, T extends number>(scores: st.Tensor<[B, H, T, T]>, floor: st.Tensor<[B, 1, 1, T]>) {
  const below = st.less(scores, floor);
  const above = st.less(floor, scores);
  const aboveM = floor.less(scores);
  return st.logicalOr(below, st.logicalAnd(above, aboveM));
}

export function thresholdImages<B extends number, C extends number, Hh extends number, W extends number>(x: st.Tensor<[B, C, Hh, W]>, threshold: st.Tensor<[C, 1, 1]>) {
  const hot = st.greater(threshold, x);
  const cold = x.lessEqual(threshold);
  const ok: Eq<typeof hot, st.Tensor<[B, C, Hh, W], 'bool'>> = true;
  return { mask: st.logicalOr(hot, cold), ok };
}
