// cause: 2 generic (new family): a multimodal model's features as a record of tensors of one shape, mapped
// through a projection callback by a generic helper; the results are summed per key.
// expect: ok
import * as st from '../../src/index.js';

function mapValues<K extends string, S extends st.Shape, O extends st.Shape>(r: Record<K, st.Tensor<S>>, f: (t: st.Tensor<S>) => st.Tensor<O>) {
  const out = {} as Record<K, st.Tensor<O>>;
  for (const k of Object.keys(r) as K[]) out[k] = f(r[k]);
  return out;
}
const proj = st.randomNormal([512, 256]);
const features = { image: st.randomNormal([8, 512]), audio: st.randomNormal([8, 512]), text: st.randomNormal([8, 512]) };
const projected = mapValues(features, (t) => st.gelu(st.matMul(t, proj)));
export const fused: st.Tensor<[8, 256]> = st.add(st.add(projected.image, projected.audio), projected.text);
