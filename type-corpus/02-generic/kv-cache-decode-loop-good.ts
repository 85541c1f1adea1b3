// cause: 2 generic code. A greedy decode loop with the user's own KV cache over heads-first tensors: the
// prompt's keys/values start the cache (time typed number, it grows), each step appends one position along
// axis 2, attends the single query over every cached key (no causal mask needed: one query sees the past),
// and picks the next token with argMax.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

interface Cache<B extends number, H extends number, Dh extends number> {
  k: st.Tensor<[B, H, number, Dh]>;
  v: st.Tensor<[B, H, number, Dh]>;
}

function append<B extends number, H extends number, Dh extends number>(
  cache: Cache<B, H, Dh>, k: st.Tensor<[B, H, 1, Dh]>, v: st.Tensor<[B, H, 1, Dh]>,
): Cache<B, H, Dh> {
  return { k: st.concat([cache.k, k], 2), v: st.concat([cache.v, v], 2) };
}

function attendOne<B extends number, H extends number, Dh extends number>(q: st.Tensor<[B, H, 1, Dh]>, cache: Cache<B, H, Dh>) {
  const w = st.softmax(st.div(st.matMul(q, cache.k, false, true), 4));
  return st.matMul(w, cache.v);
}

function decode<V extends number>(
  prompt: Cache<1, 4, 16>, project: (x: st.Tensor<[1, 4, 1, 16]>) => st.Tensor<[1, V]>, steps: number,
): number[] {
  let cache = prompt;
  let x: st.Tensor<[1, 4, 1, 16]> = st.randomNormal([1, 4, 1, 16]);
  const out: number[] = [];
  for (let i = 0; i < steps; i++) {
    cache = append(cache, x, x);
    const ctx = attendOne(x, cache);
    const logits = project(ctx);
    out.push(st.argMax(st.reshape(logits, [-1]) , 0).item());
    x = ctx;
  }
  return out;
}

const head = st.randomNormal([64, 100]);
const toLogits = (x: st.Tensor<[1, 4, 1, 16]>) => st.matMul(st.reshape(x, [1, 64]), head);
const prompt: Cache<1, 4, 16> = { k: st.randomNormal([1, 4, 9, 16]), v: st.randomNormal([1, 4, 9, 16]) };
export const tokens = decode(prompt, toLogits, 3);
const grown = append(prompt, st.zeros([1, 4, 1, 16]), st.zeros([1, 4, 1, 16]));
export const time: Eq<typeof grown.k.shape, [1, 4, number, 16]> = true;
