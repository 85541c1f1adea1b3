// cause: 1 unions: task heads kept in a record and picked by a task name of a union type: the sentiment head
// is [256, 2] and the topic head [256, 20]; the result is added to a [8, 2] prior as if every head were binary.
// expect: add
import * as st from '../../src/index.js';

const heads = { sentiment: st.randomNormal([256, 2]), topic: st.randomNormal([256, 20]) };
declare const task: 'sentiment' | 'topic';
const prior = st.zeros([8, 2]);
export const scores = st.add(st.matMul(st.randomNormal([8, 256]), heads[task]), prior); // error
