// A program as a user of the packed package writes it: its own model from the library's layers
// and modules, trained, saved and reloaded; a Hugging Face Llama folder (single file and sharded)
// loaded with loadLlama; the training loop as a library function with a per-step callback.
// Compiled under TypeScript 7 and 5.9 with no casts, then run (test/package.test.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as st from 'shapetype';
import { CharTokenizer, createLlama, defineConfig, Embedding, generate, Linear, loadLlama, Module, ReLU, saveLlama, SeedSequence, train, trainPresets } from 'shapetype';

const dir = process.argv[2] ?? '.';
const out: Record<string, unknown> = {};

class TinyNet<V extends number, D extends number, H extends number> extends Module {
  readonly embed: Embedding<V, D>;
  readonly fc1: Linear<D, H>;
  readonly act = new ReLU();
  readonly fc2: Linear<H, V>;

  constructor(vocab: V, dim: D, hidden: H, seed: number) {
    super();
    const seeds = new SeedSequence(seed);
    this.embed = new Embedding(vocab, dim, seeds, 'default', 0.5);
    this.fc1 = new Linear(dim, hidden, seeds, 'default', { std: 0.5 });
    this.fc2 = new Linear(hidden, vocab, seeds, 'default', { std: 0.5 });
  }

  forward<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>): st.Tensor<[B, T, V]> {
    return this.fc2.forward(this.act.forward(this.fc1.forward(this.embed.forward(ids))));
  }
}

// ---- A custom model, trained a few steps with its typed parameter record.
const net = new TinyNet(5, 8, 16, 3);
const params = net.parameters();
const weight: st.Variable<[8, 16]> = params['fc1.weight'];
const optimizer = new st.AdamW({ learningRate: 0.05, weightDecay: 0 });
const ids = st.tensor(Int32Array.from([0, 1, 2, 3, 4, 0, 1, 2]), [1, 8], 'int32');
const targets = st.tensor(Int32Array.from([1, 2, 3, 4, 0, 1, 2, 3]), [1, 8], 'int32');
const losses: number[] = [];
for (let step = 0; step < 20; step++) {
  losses.push(st.tidy(() => {
    const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(net.forward(ids), targets), params);
    optimizer.apply(params, grads);
    return value.item();
  }));
}
out.names = Object.keys(params);
out.weightShape = weight.shape;
out.firstLoss = losses[0];
out.lastLoss = losses[losses.length - 1];

// ---- Layers in a list whose count is in the type (named blocks.0, blocks.1), chained methods in forward.
class ResidualNet<V extends number, D extends number> extends Module {
  readonly embed: Embedding<V, D>;
  readonly blocks: st.ListOf<2, Linear<D, D>>;
  readonly head: Linear<D, V>;

  constructor(vocab: V, dim: D, seed: number) {
    super();
    const seeds = new SeedSequence(seed);
    this.embed = new Embedding(vocab, dim, seeds, 'default', 0.5);
    this.blocks = st.listOf('blocks', 2, () => new Linear(dim, dim, seeds, 'default', { std: 0.2 }));
    this.head = new Linear(dim, vocab, seeds, 'default', { std: 0.5 });
  }

  forward<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>): st.Tensor<[B, T, V]> {
    let h = this.embed.forward(ids);
    for (const block of this.blocks) h = h.add(block.forward(h).relu());
    return this.head.forward(h.mul(0.5));
  }
}
const res = new ResidualNet(5, 8, 4);
const resParams = res.parameters();
const second: st.Variable<[8, 8]> = resParams['blocks.1.weight'];
const resOptimizer = new st.AdamW({ learningRate: 0.05, weightDecay: 0 });
const resLosses: number[] = [];
for (let step = 0; step < 20; step++) {
  resLosses.push(st.tidy(() => {
    const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(res.forward(ids), targets), resParams);
    resOptimizer.apply(resParams, grads);
    return value.item();
  }));
}
out.resNames = res.namedParameters().map(([name]) => name);
out.resBlockShape = second.shape;
out.resFirstLoss = resLosses[0];
out.resLastLoss = resLosses[resLosses.length - 1];

// ---- Saved and reloaded into a model built with another seed.
const path = join(dir, 'tiny.safetensors');
net.save(path);
const again = new TinyNet(5, 8, 16, 99);
again.load(path);
out.reloadedLoss = st.tidy(() => st.sparseSoftmaxCrossEntropy(again.forward(ids), targets).item());
out.trainedLoss = st.tidy(() => st.sparseSoftmaxCrossEntropy(net.forward(ids), targets).item());

// ---- A Hugging Face Llama folder: written by saveLlama, read by loadLlama; then as shards.
const config = defineConfig({ vocabSize: 11, dim: 16, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 8, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 16, dropout: 0 });
const llama = createLlama(config, 7);
const hf = join(dir, 'hf-llama');
saveLlama(llama, hf);
const loaded = loadLlama(hf);
const prompt = st.tensor(Int32Array.from([1, 2, 3, 4]), [1, 4], 'int32');
const logitsA = llama.forward(prompt).dataSync();
const logitsB = loaded.forward(prompt).dataSync();
out.hfMaxDiff = Math.max(...Array.from(logitsA, (v, i) => Math.abs(v - logitsB[i])));
out.hfLogitsShape = loaded.forward(prompt).shape;

// Shards: each tensor of the single file in one of two files, named by an index.
const single = st.readSafetensors(join(hf, 'model.safetensors')).tensors;
const sharded = join(dir, 'hf-sharded');
mkdirSync(sharded, { recursive: true });
const names = Object.keys(single);
const weightMap: Record<string, string> = {};
names.forEach((name, i) => {
  weightMap[name] = i % 2 === 0 ? 'model-00001-of-00002.safetensors' : 'model-00002-of-00002.safetensors';
});
for (const shard of ['model-00001-of-00002.safetensors', 'model-00002-of-00002.safetensors']) {
  const part: Record<string, st.SafetensorsTensor> = {};
  for (const name of names) if (weightMap[name] === shard) part[name] = single[name];
  st.writeSafetensors(join(sharded, shard), part);
}
writeFileSync(join(sharded, 'model.safetensors.index.json'), JSON.stringify({ metadata: {}, weight_map: weightMap }));
writeFileSync(join(sharded, 'config.json'), JSON.stringify(st.huggingFaceConfig(config)));
const fromShards = loadLlama(sharded);
const logitsC = fromShards.forward(prompt).dataSync();
out.shardMaxDiff = Math.max(...Array.from(logitsA, (v, i) => Math.abs(v - logitsC[i])));
out.generated = Array.from(generate(fromShards, Int32Array.from([1, 2]), { tokens: 5, temperature: 0 }));
out.generatedAgain = Array.from(generate(llama, Int32Array.from([1, 2]), { tokens: 5, temperature: 0 }));

// ---- The training loop as a library function, stopped by the per-step callback.
const text = 'to be or not to be, that is the question. '.repeat(40);
writeFileSync(join(dir, 'text.txt'), text);
const steps: number[] = [];
const result = train({
  ...trainPresets.smoke,
  model: { ...trainPresets.smoke.model, dim: 16, nHeads: 2, nKvHeads: 2, nLayers: 1, maxSeqLen: 16 },
  data: join(dir, 'text.txt'), runDir: join(dir, 'run'), resume: false,
  batchSize: 2, context: 16, steps: 50, evalWindows: 4, sampleTokens: 0,
  onStep: (s) => {
    steps.push(s.step);
    return s.step < 3;
  },
});
out.trainSteps = steps;
out.trainResultSteps = result.steps;
const tokenizer = CharTokenizer.fromText(text);
out.roundTrip = tokenizer.decode(tokenizer.encode('to be'));

console.log(JSON.stringify(out));
