// cause: 8 devices/dtypes. An evaluation loop's accuracy as PyTorch writes it, (preds == y).float().mean(),
// with the .float() forgotten: equal gives a bool tensor and mean is float-only.
// expect: mean: tensor must be float32, got bool
import * as st from '../../src/index.js';

const logits = st.randomNormal([256, 10]);
const labels = st.zeros([256], 'int32');
const preds = st.argMax(logits, -1);
const correct = st.equal(preds, labels);
export const accuracy = st.mean(correct); // error
