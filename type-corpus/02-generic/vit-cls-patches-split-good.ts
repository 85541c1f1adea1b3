// cause: 2 generic code. A ViT head over generic batch, tokens and width: the class token and the patch tokens
// taken apart with split(x, [1, -1], 1) (torch.split(x, [1, T - 1], dim=1)), the class token classified, the
// patches mean-pooled for an auxiliary loss. The -1 part is the rest of the tokens, Sub<T, 1>.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function vitHeads<B extends number, T extends number, D extends number, C extends number>(tokens: st.Tensor<[B, T, D]>, head: st.Linear<D, C>) {
  const [cls, patches] = st.split(tokens, [1, -1], 1);
  const logits = head.forward(st.squeeze(cls, [1]));
  const pooled = st.mean(patches, 1);
  return { logits, pooled, patches };
}
const out = vitHeads(st.randomNormal([2, 197, 64]), new st.Linear(64, 10, new st.SeedSequence(0), 'default'));
export const logits: Eq<typeof out.logits.shape, [2, 10]> = true;
export const pooled: Eq<typeof out.pooled.shape, [2, 64]> = true;
export const patches: Eq<typeof out.patches.shape, [2, 196, 64]> = true;
