// A module's parameter record is typed by its fields: names as PyTorch's state_dict, shapes as
// declared, so gradients or parameters of another model, or a record missing one, do not fit.
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import * as st from '../src/index.js';
import { createLlama, Linear, Module, RMSNorm, SeedSequence, type ParamNames, type ParamsOf } from '../src/index.js';

class MLP extends Module {
  readonly fc1 = new Linear(4, 8, new SeedSequence(1), 'default');
  readonly fc2 = new Linear(8, 2, new SeedSequence(2), 'default');
  readonly norm = new RMSNorm(2, 1e-5, 'default');
  readonly hidden = 8;
}
class Deep extends Module {
  readonly layers = [new MLP(), new MLP()];
  readonly pair: [Linear<2, 3>, Linear<3, 4>] = [new Linear(2, 3, new SeedSequence(3), 'default'), new Linear(3, 4, new SeedSequence(4), 'default')];
}
class Other extends Module {
  readonly proj = new Linear(4, 8, new SeedSequence(1), 'default');
}

const mlp = new MLP();
const params = mlp.parameters();
expectType<{ 'fc1.weight': st.Variable<[4, 8]>; 'fc2.weight': st.Variable<[8, 2]>; 'norm.weight': st.Variable<[2]> }>(params);
expectType<'fc1.weight' | 'fc2.weight' | 'norm.weight'>(null as unknown as ParamNames<MLP>);
expectError(params['fc3.weight']);

// Arrays give a pattern per entry, tuples each index.
const deep = new Deep().parameters();
expectType<st.Variable<[4, 8]>>(deep['layers.0.fc1.weight']);
expectType<st.Variable<[4, 8]>>(deep['layers.7.fc1.weight']);
expectType<st.Variable<[3, 4]>>(deep['pair.1.weight']);
expectError(deep['pair.2.weight']);
expectNotAssignable<ParamNames<Deep>>('layers.x.fc1.weight');
expectAssignable<ParamNames<Deep>>('layers.12.fc2.weight');

// Gradients keep the names and shapes.
const { grads } = st.variableGrads(() => st.sum(mlp.fc1.weight), params);
expectType<st.Tensor<[4, 8]>>(grads['fc1.weight']);
expectAssignable<st.GradsOf<ParamsOf<MLP>>>(grads);

// Another model's gradients, or a record missing a parameter, are not this model's gradients.
const other = st.variableGrads(() => st.sum(new Other().proj.weight), new Other().parameters()).grads;
expectNotAssignable<st.GradsOf<ParamsOf<MLP>>>(other);
const { 'fc2.weight': _dropped, ...missing } = grads;
expectNotAssignable<st.GradsOf<ParamsOf<MLP>>>(missing);
const sgd = new st.SGD({ learningRate: 0.1 });
sgd.apply(params, grads);
expectError(sgd.apply(params, other));

// A Llama's record: Hugging Face names, dims from the config literal.
const llama = createLlama({ vocabSize: 13, dim: 32, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 16, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 16, dropout: 0 });
const lp = llama.parameters();
expectType<st.Variable<[13, 32]>>(lp['model.embed_tokens.weight']);
expectType<st.Variable<[32, 13]>>(lp['lm_head.weight']);
expectAssignable<st.Variable<[32, 16]>>(lp['model.layers.1.self_attn.k_proj.weight']);
expectNotAssignable<keyof typeof lp>('model.layers.0.self_attn.wq.weight');
expectAssignable<keyof typeof lp>('model.layers.0.mlp.gate_proj.weight');

// The layer count is in the type: each block by its index, no block past the last, and a deeper
// model's gradients (which hold every parameter of this one, and more) refused by apply.
expectNotAssignable<keyof typeof lp>('model.layers.2.mlp.gate_proj.weight');
expectType<2>(llama.model.layers.length);
const deeper = createLlama({ vocabSize: 13, dim: 32, nLayers: 3, nHeads: 4, nKvHeads: 2, multipleOf: 16, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 16, dropout: 0 });
const deeperGrads = st.variableGrads(() => st.sum(deeper.lm_head.weight), deeper.parameters()).grads;
expectError(sgd.apply(lp, deeperGrads));
const ownGrads = st.variableGrads(() => st.sum(llama.lm_head.weight), lp).grads;
sgd.apply(lp, ownGrads);
// A literal model is still a model of any layer count (the count is covariant).
expectAssignable<st.Llama<13, 2, 2, 8, number>>(llama);
// A user's own list of blocks: listOf keeps a literal count.
const pairs = st.listOf('pairs', 3, () => new Linear(4, 4, new SeedSequence(1), 'default'));
expectType<3>(pairs.length);
class Stack extends Module {
  readonly blocks = st.listOf('blocks', 2, (i) => new Linear(4, 4, new SeedSequence(i), 'default'));
}
expectType<st.Variable<[4, 4]>>(new Stack().parameters()['blocks.1.weight']);
expectError(new Stack().parameters()['blocks.2.weight']);

// A state dict is marked with its module: another module's type does not load; a plain record does (checked at run time).
expectAssignable<Record<string, st.StateTensor>>(mlp.stateDict());
mlp.loadStateDict(new MLP().stateDict());
expectError(mlp.loadStateDict(new Other().stateDict()));
expectError(new Linear(4, 8, new SeedSequence(1), 'default').loadStateDict(new Linear(8, 4, new SeedSequence(1), 'default').stateDict()));
mlp.loadStateDict({} as Record<string, st.StateTensor>);
