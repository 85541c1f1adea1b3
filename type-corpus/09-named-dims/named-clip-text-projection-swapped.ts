// cause: 9 named dims. CLIP with the text features projected by the image projection: ImgFeat and TxtFeat are
// different named dims, so the mismatch is caught even where the sizes would agree (both 512 here).
// expect: matMul: inner dimensions differ (TxtFeat=512 vs ImgFeat=512)
import * as st from '../../src/index.js';

type Batch = st.Named<'Batch', 32>;
type Embed = st.Named<'Embed', 256>;
type ImgFeat = st.Named<'ImgFeat', 512>;
type TxtFeat = st.Named<'TxtFeat', 512>;
declare const texts: st.Tensor<[Batch, TxtFeat]>;
declare const wImg: st.Tensor<[ImgFeat, Embed]>;
export const txt = st.matMul(texts, wImg); // error
