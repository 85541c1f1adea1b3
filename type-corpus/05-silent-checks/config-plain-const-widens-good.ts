// cause: 5 silent checks. A config kept in a plain `const` object (not defineConfig, not `as const`): TypeScript
// widens its fields to `number`, so the model's dims are run-time dims and code on them compiles, checked
// at run time. (docs/typing.md: declare configs with st.defineConfig to keep every dim in the type.)
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const config = {
  vocabSize: 32000, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 8, hiddenDim: 14336, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 500000, maxSeqLen: 8192, dropout: 0,
};
const model = st.createLlama(config);
export const wide: Eq<typeof model.config.dim, number> = true;
const literal = st.createLlama(st.defineConfig({ ...config, dim: 4096, hiddenDim: 14336, nHeads: 32, nKvHeads: 8 }));
const h = literal.model.embed_tokens.forward(st.zeros([1, 4], 'int32'));
export const kept: Eq<typeof h.shape, [1, 4, 4096]> = true;
