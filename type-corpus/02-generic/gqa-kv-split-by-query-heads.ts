// cause: 2 generic code. Grouped-query attention's keys split with the query head count: the key projection's
// width is Mul<KV, Dh>, but the split says `[b, t, heads, -1]` with heads: H. The checked signature once accepted
// any such -1 over generic dims (the result kept a -1); now the -1 form needs heads to be a factor of the width, and
// anything else over generic dims gets the sentence.
// expect: reshape: [${B}, ${T}, ${Mul<KV, Dh>}] to [${B}, ${T}, ${H}, -1] cannot be checked over generic dims
// expect-not: NotThisForm
import * as st from '../../src/index.js';

function splitKeys<B extends number, T extends number, H extends number, KV extends number, Dh extends number>(
  k: st.Tensor<[B, T, st.Mul<KV, Dh>]>, heads: H,
) {
  const [b, t] = k.shape;
  return st.reshape(k, [b, t, heads, -1]); // error
}
export const keys = splitKeys(st.randomNormal([2, 8, 32]), 4);
