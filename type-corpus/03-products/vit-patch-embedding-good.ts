// cause: 3 products. A ViT patch embedding without conv, as timm's einops recipe writes it: images
// [B, 32, 32, 3] cut into 4x4 patches (reshape to [B, 8, 4, 8, 4, 3], bring the two patch-grid axes
// together, flatten each patch to 4 * 4 * 3 = 48 values), projected to 128, a class token prepended and
// position embeddings for 1 + 64 tokens added.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

const seeds = new st.SeedSequence(0);
const proj = new st.Linear(48, 128, seeds, 'default');
const cls = st.variable(st.zeros([1, 1, 128]));
const pos = st.variable(st.randomNormal([65, 128], 0, 0.02));

function patchify(images: st.Tensor<[8, 32, 32, 3]>) {
  const grid = st.reshape(images, [8, 8, 4, 8, 4, 3]);
  const patches = st.transpose(grid, [0, 1, 3, 2, 4, 5]);
  return st.reshape(patches, [8, 64, 48]);
}

function embed(images: st.Tensor<[8, 32, 32, 3]>) {
  const tokens = proj.forward(patchify(images));
  const withCls = st.concat([st.tile(cls, [8, 1, 1]), tokens], 1);
  return st.add(withCls, pos);
}

const h = embed(st.randomUniform([8, 32, 32, 3]));
export const shape: Eq<typeof h.shape, [8, 65, 128]> = true;
