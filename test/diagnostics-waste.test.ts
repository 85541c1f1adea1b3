// The wasted-computation probe: linear maps fed straight by a linear map or an embedding.
import { describe, expect, it } from 'vitest';
import * as st from '../src/index.js';
import { probeModel, WastefulModel } from './broken-models.js';

const ids = (): st.Tensor<[number, number], 'int32'> => st.tensor(Int32Array.from([1, 2, 3, 4, 5, 6]), [1, 6], 'int32');

describe('checkWastedComputation', () => {
  it('passes the shipped Llama', () => {
    const model = probeModel();
    const before = st.memory().numTensors;
    const report = st.checkWastedComputation(model, () => model.forward(ids()));
    expect(st.memory().numTensors).toBe(before);
    expect(report.pairs).toEqual([]);
    // 2 * (4 attention maps + 3 MLP maps per block, and the output head).
    const c = model.config;
    const hidden = model.model.layers[0].mlp.hiddenDim;
    const perLayer = 2 * c.dim * c.dim * 2 + 2 * c.dim * (c.dim / c.nHeads) * c.nKvHeads * 2 + 3 * 2 * c.dim * hidden;
    expect(report.linearFlopsPerToken).toBe(c.nLayers * perLayer + 2 * c.dim * c.vocabSize);
    expect(st.formatWaste(report)).toMatch(/^wasted computation: ok/);
    model.dispose();
  });

  it('flags a linear layer right after the embedding, with the FLOPs it wastes', () => {
    const model = new WastefulModel(11, 8, true, false);
    const report = st.checkWastedComputation(model, () => model.forward(ids()));
    expect(report.pairs.map((p) => [p.first, p.second, p.wastedFlopsPerToken])).toEqual([['embed_tokens', 'proj', 2 * 8 * 8]]);
    expect(st.formatWaste(report)).toMatch(/proj \(linear 8 -> 8\) is applied straight to the output of the embedding embed_tokens \(11 x 8\), with no nonlinearity between: fold it into the embedding table; it wastes 128 FLOPs per token/);
    model.dispose();
  });

  it('flags a projection of a projection (extra projections in multi-head attention)', () => {
    const model = new WastefulModel(11, 8, false, true);
    const report = st.checkWastedComputation(model, () => model.forward(ids()));
    expect(report.pairs.map((p) => [p.first, p.second, p.wastedFlopsPerToken])).toEqual([['q_proj', 'in_proj_q', 2 * (64 + 64) - 2 * 64]]);
    expect(report.ok).toBe(false);
    model.dispose();
  });

  it('does not flag maps with a nonlinearity between', () => {
    const model = new WastefulModel(11, 8, false, false);
    expect(st.checkWastedComputation(model, () => model.forward(ids())).ok).toBe(true);
    model.dispose();
  });
});
