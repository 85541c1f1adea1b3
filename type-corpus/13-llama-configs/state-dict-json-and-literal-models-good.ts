// cause: 13 llama configs. State dicts between a model of a literal config and the same model built from a config
// read at run time (its dims are `number`): both directions compile and are checked at run time; a state filtered
// by name (dropping the head) is a plain record, checked at run time too; a helper copies between two of one type.
// expect: ok
import * as st from '../../src/index.js';

const config = st.defineConfig({ vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0 });
const literal = st.createLlama(config, 0);
const fromJson: st.LlamaConfig = JSON.parse(JSON.stringify(config));
const loaded = st.createLlama(fromJson, 1);
loaded.loadStateDict(literal.stateDict());
literal.loadStateDict(loaded.stateDict());

function copyWeights<M extends st.Module>(into: M, from: M): void {
  into.loadStateDict(from.stateDict());
}
copyWeights(st.createLlama(config, 2), literal);

const backbone = Object.fromEntries(Object.entries(literal.stateDict()).filter(([name]) => !name.startsWith('lm_head.')));
const withNewHead = { ...backbone, 'lm_head.weight': { shape: [64, 65], data: new Float32Array(64 * 65) } };
loaded.loadStateDict(withNewHead);
