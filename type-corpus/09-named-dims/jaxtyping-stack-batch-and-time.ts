// cause: 9 named dims (symbolic sizes). A contrastive helper stacks the pooled [batch, d] text embeddings with
// per-frame [frames, d] audio embeddings (it meant the pooled audio): batch and frames are both symbolic.
// expect: stack: shapes
// expect: batch=?
import * as st from '../../src/index.js';

type Batch = st.Named<'batch', number>;
type Frames = st.Named<'frames', number>;
type D = st.Named<'d', 128>;

export function pairs(text: st.Tensor<[Batch, D]>, audioFrames: st.Tensor<[Frames, D]>) {
  const audio = st.div(audioFrames, st.sqrt(st.sum(st.square(audioFrames), -1, true)));
  return st.stack([text, audio], 1); // error
}
