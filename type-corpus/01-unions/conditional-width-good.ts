// cause: 1 union inference. Both branches give the same shape: the union is one tensor type.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
declare const pretrained: boolean;
const features = pretrained ? st.ones([8, 128]) : st.randomNormal([8, 128]);
const head = st.randomNormal([128, 10], 0, 0.02);
const logits = st.matMul(features, head);
export const ok: Eq<typeof logits.shape, [8, 10]> = true;
