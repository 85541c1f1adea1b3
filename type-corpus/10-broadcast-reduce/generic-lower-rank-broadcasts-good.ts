// cause: 10 broadcast: broadcasts users write in generic layers, each operand of its own rank: a bias [1, C, 1, 1]
// or [C, 1, 1] on images, squeeze-excitation and whole-sample normalisation by keepDims means, ALiBi slopes [H, 1, 1]
// on scores and by a distance table, a mask [B, T, 1] or [T, 1], a padding row [B, 1, 1, T], a per-head scale [1, H, 1, 1], a gain [C, 1, 1] or a scale [1, H, 1, 1] first.
// expect: ok
import * as st from '../../src/index.js';

export function a<B extends number, C extends number, H extends number, W extends number>(x: st.Tensor<[B, C, H, W]>, bias4: st.Tensor<[1, C, 1, 1]>) { return st.add(x, bias4); }
export function b<B extends number, C extends number, H extends number, W extends number>(x: st.Tensor<[B, C, H, W]>, bias3: st.Tensor<[C, 1, 1]>) { return st.add(x, bias3); }
export function c<B extends number, C extends number, H extends number, W extends number>(x: st.Tensor<[B, C, H, W]>) { return st.mul(x, st.sigmoid(st.mean(x, [2, 3], true))); }
export function d<B extends number, C extends number, H extends number, W extends number>(x: st.Tensor<[B, C, H, W]>) { return st.sub(x, st.mean(x, [1, 2, 3], true)); }
export function e<B extends number, H extends number, T extends number>(s: st.Tensor<[B, H, T, T]>, slopes: st.Tensor<[H, 1, 1]>) { return st.add(s, slopes); }
export function f<H extends number, T extends number>(slopes: st.Tensor<[H, 1, 1]>, dist: st.Tensor<[T, T]>) { return st.mul(slopes, dist); }
export function g<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>, g: st.Tensor<[1, 1, D]>) { return st.mul(x, g); }
export function h<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>, m: st.Tensor<[B, T, 1]>) { return st.mul(x, m); }
export function i<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>, m: st.Tensor<[B, 1, D]>) { return st.mul(x, m); }
export function j<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>, m: st.Tensor<[T, 1]>) { return st.mul(x, m); }
export function k<B extends number, H extends number, T extends number>(s: st.Tensor<[B, H, T, T]>, pad: st.Tensor<[B, 1, 1, T]>) { return st.add(s, pad); }
export function l<B extends number, H extends number, T extends number>(s: st.Tensor<[B, H, T, T]>, pad: st.Tensor<[B, 1, T, T]>) { return st.add(s, pad); }
export function m<B extends number, H extends number, T extends number>(s: st.Tensor<[B, H, T, T]>, pad: st.Tensor<[1, H, 1, 1]>) { return st.add(s, pad); }
export function n<B extends number, C extends number, H extends number, W extends number>(x: st.Tensor<[B, C, H, W]>, gain: st.Tensor<[C, 1, 1]>) { return st.mul(gain, x); }
export function o<B extends number, H extends number, T extends number>(s: st.Tensor<[B, H, T, T]>, scale: st.Tensor<[1, H, 1, 1]>) { return st.mul(scale, s); }
export function p<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>, bias: st.Tensor<[1, 1, D]>) { return st.add(bias, x); }
