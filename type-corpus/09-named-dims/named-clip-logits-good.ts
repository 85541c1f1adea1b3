// cause: 9 named dims (new family): CLIP's similarity logits with named dims: images and texts both [Batch, Embed]
// after their projections, logits [Batch, Batch] (rows images, columns texts), both directions' losses.
// expect: ok
import * as st from '../../src/index.js';

type Batch = st.Named<'Batch', 32>;
type Embed = st.Named<'Embed', 256>;
type ImgFeat = st.Named<'ImgFeat', 768>;
type TxtFeat = st.Named<'TxtFeat', 512>;
declare const images: st.Tensor<[Batch, ImgFeat]>;
declare const texts: st.Tensor<[Batch, TxtFeat]>;
declare const wImg: st.Tensor<[ImgFeat, Embed]>;
declare const wTxt: st.Tensor<[TxtFeat, Embed]>;
const img = st.matMul(images, wImg);
const txt = st.matMul(texts, wTxt);
const logits = st.matMul(img, txt, false, true);
export const both: st.Tensor<[Batch, Batch]> = logits;
const labels = st.range(0, 32, 1, 'int32');
export const loss = st.div(st.add(st.sparseSoftmaxCrossEntropy(logits, labels), st.sparseSoftmaxCrossEntropy(st.transpose(logits), labels)), 2);
