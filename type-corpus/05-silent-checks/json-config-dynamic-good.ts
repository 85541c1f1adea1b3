// cause: 5 silent checks. A config read from JSON is plain numbers: the model builds and its dims are checked at run time.
// expect: ok
import * as st from '../../src/index.js';
import type { LlamaConfig } from '../../src/llama/config.js';
import { createLlama } from '../../src/llama/model.js';

declare const text: string;
const config = JSON.parse(text) as LlamaConfig;
const model = createLlama(config);
const ids = st.zeros([1, 8], 'int32');
export const logits = model.forward(ids);
export const loss = model.loss(ids, ids);
