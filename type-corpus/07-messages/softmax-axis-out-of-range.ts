// cause: 7 messages: softmax over axis 3 of [B, T, V] logits (a 4D attention habit).
// expect: softmax
import * as st from '../../src/index.js';

const logits = st.randomNormal([2, 8, 65]);
export const p = st.softmax(logits, 3); // error
