// cause: 3 products. Regrouping a product that is really another dim: KV x Dh (the key width) is not a
// grouping of KV x Rep x Dh (the query width), so regroup refuses it with the factors.
// expect: regroup: last dim ${Mul<KV, Dh>} is not ${KV} x ${Rep} x ${Dh}
import * as st from '../../src/index.js';

function queriesFromKeys<KV extends number, Rep extends number, Dh extends number, B extends number>(
  kv: KV, rep: Rep, dh: Dh, keys: st.Tensor<[B, st.Mul<KV, Dh>]>,
) {
  return st.regroup(keys, [kv, rep, dh]); // error
}
export const f = queriesFromKeys;
