// Prints what shapetype's probes say about each runtime bug of the "Llama from scratch" post, for
// docs/debugging.md (run: npx tsx scripts/debugging-examples.ts). The broken models are the test
// suite's (test/broken-models.ts): the shipped Llama's layers with one bug each.
import { join } from 'node:path';
import * as st from '../src/index.js';
import { importHuggingFace } from '../src/io/checkpoint.js';
import { BrokenLlama, probeConfig, probeModel, WastefulModel } from '../test/broken-models.js';

const section = (title: string, text: string): void => {
  process.stdout.write(`==== ${title}\n${text}\n\n`);
};

const model = probeModel();
section('no causal mask', st.formatCausality(st.checkCausal(new BrokenLlama(model, 'no-causal-mask'))));
section('rmsnorm over time', st.formatCausality(st.checkCausal(new BrokenLlama(model, 'rmsnorm-over-time'))));
section('shipped llama: causality', st.formatCausality(st.checkCausal(model)));
section('dropout at eval', st.formatDeterminism(st.checkEvalDeterminism(new BrokenLlama(model, 'dropout-at-eval'))));
section('shipped llama: determinism', st.formatDeterminism(st.checkEvalDeterminism(model)));

const fixture = join(import.meta.dirname, '..', 'test', 'fixtures', 'reference', 'gqa');
const dump = st.readReference(join(fixture, 'reference.safetensors'));
const { model: imported } = importHuggingFace(fixture);
const acts: st.Activations = new Map();
st.tidy(() => {
  new BrokenLlama(imported, 'rope-on-values').forward(st.tensor(dump.tokens.data, dump.tokens.shape, 'int32'), {}, (n, x) => acts.set(n, { shape: x.shape, data: x.dataSync() }));
});
section('rope on values', st.formatComparison(st.compareActivations(acts, dump.activations)));

// Wasted computation: a linear right after the embedding; a projection of a projection.
const ids = st.tensor(Int32Array.from([1, 2, 3, 4, 5, 6]), [1, 6], 'int32');
const afterEmbedding = new WastefulModel(65, 64, true, false);
section('linear after the embedding', st.formatWaste(st.checkWastedComputation(afterEmbedding, () => afterEmbedding.forward(ids))));
const extra = new WastefulModel(65, 64, false, true);
section('extra projections', st.formatWaste(st.checkWastedComputation(extra, () => extra.forward(ids))));
section('shipped llama: waste', st.formatWaste(st.checkWastedComputation(model, () => model.forward(ids))));

// The optimizer built on another model's parameters (the post's vocabulary of 65 characters).
const chars = { ...probeConfig, vocabSize: 65 };
const mine = probeModel(98, chars);
const other = probeModel(99, chars);
const params = mine.parameters();
const optimizer = new st.AdamW({ learningRate: 1e-2 });
const monitor = new st.GradientMonitor(params, { vocabSize: 65 });
const vocab = 65;
for (let step = 0; step < 10; step++) {
  const ids = (shift: number): Int32Array => Int32Array.from({ length: 32 }, (_, i) => (step * 3 + i + shift) % vocab);
  const inputs = st.tensor(ids(0), [4, 8], 'int32');
  const targets = st.tensor(ids(1), [4, 8], 'int32');
  st.tidy(() => {
    const { value, grads } = st.variableGrads(() => mine.loss(inputs, targets), params);
    monitor.observe(value.item(), grads, () => optimizer.apply(other.parameters(), grads));
  });
  st.dispose([inputs, targets]);
}
section('optimizer on another model', st.formatGradientReport(monitor.report()).split('\n').filter((l, i) => i < 4 || l.includes('WARNING')).join('\n'));

// A learnable Swish beta that the training pushes toward 0.
const beta = st.variable(st.tensor([1]));
const w = st.variable(st.tensor([0.5, -0.5]));
const sgd = new st.SGD({ learningRate: 0.25 });
const betaMonitor = new st.GradientMonitor({ 'mlp.beta': beta, 'mlp.weight': w });
for (let step = 0; step < 12; step++) {
  st.tidy(() => {
    const { value, grads } = st.variableGrads(() => st.add(st.sum(st.square(st.sub(w, 1))), st.sum(st.square(beta))), { 'mlp.beta': beta, 'mlp.weight': w });
    betaMonitor.observe(value.item(), grads, () => sgd.apply({ 'mlp.beta': beta, 'mlp.weight': w }, grads));
  });
}
section('swiglu beta collapsing', st.formatGradientReport(betaMonitor.report()));
