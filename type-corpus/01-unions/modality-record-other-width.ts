// cause: 1 unions (new family): a record of modality features where the text encoder's width (384) differs from
// the others (512): the generic helper's S is not inferred as a union of the two shapes; the call is refused.
// expect: [8, 512]
// expect: [8, 384]
import * as st from '../../src/index.js';

function mapValues<K extends string, S extends st.Shape, O extends st.Shape>(r: Record<K, st.Tensor<S>>, f: (t: st.Tensor<S>) => st.Tensor<O>) {
  const out = {} as Record<K, st.Tensor<O>>;
  for (const k of Object.keys(r) as K[]) out[k] = f(r[k]);
  return out;
}
const features = { image: st.randomNormal([8, 512]), text: st.randomNormal([8, 384]) };
const projected = mapValues(features, (t) => st.gelu(t)); // error
export const fused = st.add(projected.image, projected.text);
