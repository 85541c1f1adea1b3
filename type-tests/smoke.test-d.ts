import { expectType, expectError } from 'tsd';
import * as st from '../src/index.js';

const a = st.zeros([3, 4]);
expectType<st.Tensor<[3, 4]>>(a);
expectError(st.matMul(a, a));
