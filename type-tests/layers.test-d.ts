// Layers and the model carry their dims in their types: each forward gives the exact result type,
// and wrong dims, dtypes or devices are compile errors.
import { expectAssignable, expectError, expectNotAssignable, expectType } from 'tsd';
import * as st from '../src/index.js';
import {
  Attention, Block, Embedding, Linear, RMSNorm, RotaryEmbedding, SwiGLU, type KVCache,
} from '../src/layers/index.js';
import { createLlama, type Llama, type LlamaOf } from '../src/llama/model.js';

declare const x: st.Tensor<[2, 16, 128]>;
declare const x64: st.Tensor<[2, 16, 64]>;
declare const xInt: st.Tensor<[2, 16, 128], 'int32'>;
declare const xCpu: st.Tensor<[2, 16, 128], 'float32', 'cpu'>;
declare const ids: st.Tensor<[2, 16], 'int32'>;
declare const floatIds: st.Tensor<[2, 16]>;

// ---- Linear: [..., In] -> [..., Out], over any leading dims.
declare const linear: Linear<128, 256>;
expectType<st.Tensor<[2, 16, 256]>>(linear.forward(x));
expectType<st.Tensor<[16, 256]>>(linear.forward(st.zeros([16, 128])));
expectType<st.Tensor<[3, 2, 16, 256]>>(linear.forward(st.zeros([3, 2, 16, 128])));
expectType<st.Variable<[128, 256]>>(linear.weight);
expectError(linear.forward(x64));
expectError(linear.forward(xInt));
expectError(linear.forward(xCpu));
declare const linearCpu: Linear<128, 256, 'cpu'>;
expectType<st.Tensor<[2, 16, 256], 'float32', 'cpu'>>(linearCpu.forward(xCpu));
expectError(linearCpu.forward(x));

// ---- RMSNorm: shape-preserving over the last dim.
declare const norm: RMSNorm<128>;
expectType<st.Tensor<[2, 16, 128]>>(norm.forward(x));
expectType<st.Variable<[128]>>(norm.weight);
expectError(norm.forward(x64));
expectError(norm.forward(xInt));

// ---- Embedding: int32 ids of any shape -> [...ids, dim].
declare const embedding: Embedding<65, 128>;
expectType<st.Tensor<[2, 16, 128]>>(embedding.forward(ids));
expectType<st.Tensor<[7, 128]>>(embedding.forward(st.zeros([7], 'int32')));
expectType<st.Variable<[65, 128]>>(embedding.weight);
expectError(embedding.forward(floatIds));
expectError(embedding.forward(st.zeros([2, 16], 'bool')));

// ---- RotaryEmbedding<16>: [B, H, T, 16] -> the same.
declare const rope16: RotaryEmbedding<16>;
declare const q16: st.Tensor<[2, 4, 16, 16]>;
declare const v32: st.Tensor<[2, 4, 16, 32]>;
expectType<st.Tensor<[2, 4, 16, 16]>>(rope16.forward(q16));
expectType<st.Tensor<[2, 4, 16, 16]>>(rope16.forward(q16, 8));
expectError(rope16.forward(v32));
expectError(rope16.forward(st.zeros([2, 16, 16])));
expectError(rope16.forward(st.zeros([2, 4, 16, 16], 'int32')));

// ---- SwiGLU<128, 352>: [..., 128] -> [..., 128].
declare const ffn: SwiGLU<128, 352>;
expectType<st.Tensor<[2, 16, 128]>>(ffn.forward(x));
expectType<Linear<128, 352>>(ffn.gate_proj);
expectType<Linear<352, 128>>(ffn.down_proj);
expectError(ffn.forward(x64));

// ---- Attention: 2 kv heads x 2 repeats x head dim 32 = model dim 128.
declare const attention: Attention<2, 2, 32>;
declare const rope32: RotaryEmbedding<32>;
const attended = attention.forward(x, rope32);
expectType<st.Tensor<[2, 16, 128]>>(attended.output);
expectType<KVCache<2, 2, 32, 'default'>>(attended.cache);
expectType<st.Tensor<[2, 2, number, 32]>>(attended.cache.keys);
expectType<Linear<128, 64>>(attention.k_proj);
expectType<Linear<128, 128>>(attention.q_proj);
// The layers are covariant in their dims (declared `out`, checked by tsc): literal dims widen to `number`
// dims, never the other way, and other literal dims do not fit.
expectAssignable<Attention<number, 2, number>>(attention);
declare const wideAttention: Attention<number, 2, 32>;
expectNotAssignable<Attention<2, 2, 32>>(wideAttention);
expectNotAssignable<Attention<2, 4, 32>>(attention);
expectAssignable<Linear<number, number>>(attention.q_proj);
expectAssignable<128>(attention.dim);
expectAssignable<4>(attention.heads);
expectError(attention.forward(x64, rope32));
// The RoPE of another head dim does not fit.
expectError(attention.forward(x, rope16));
// A cache of another batch size does not fit.
declare const cache3: KVCache<3, 2, 32, 'default'>;
expectError(attention.forward(x, rope32, { cache: cache3 }));
declare const cache2: KVCache<2, 2, 32, 'default'>;
expectType<st.Tensor<[2, 16, 128]>>(attention.forward(x, rope32, { cache: cache2 }).output);

// ---- Block: pre-norm transformer block of dim 128.
declare const block: Block<2, 2, 32, 352>;
expectType<st.Tensor<[2, 16, 128]>>(block.forward(x, rope32).output);
expectType<st.Tensor<[2, 16, 128]>>(block.forward(x, rope32, { training: true, seed: 1 }).output);
expectError(block.forward(x64, rope32));
expectError(block.forward(x, rope16));
expectError(block.forward(xCpu, rope32));
expectType<st.Tensor<[2, 16, 128]>>(block.forward(x, rope32, { cache: cache2 }).output);
expectError(block.forward(x, rope32, { cache: cache3 }));

// ---- The model from a literal config: its dims are literals, logits are [B, T, vocab].
const model = createLlama({
  vocabSize: 65, dim: 128, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000,
  maxSeqLen: 64, dropout: 0,
});
expectType<st.Tensor<[2, 16, 65]>>(model.forward(ids));
expectType<st.Tensor<[4, 64, 65]>>(model.forward(st.zeros([4, 64], 'int32')));
expectType<st.Tensor<[]>>(model.loss(ids, ids));
expectType<Embedding<65, 128>>(model.model.embed_tokens);
expectType<RMSNorm<128>>(model.model.norm);
expectType<Linear<128, 65>>(model.lm_head);
expectType<RotaryEmbedding<32>>(model.model.rotary_emb);
expectAssignable<Llama<65, 2, 2, 32, number>>(model);
// Its blocks take [B, T, 128] and its RoPE: a [B, T, 64] does not fit a model of dim 128.
expectType<st.Tensor<[2, 16, 128]>>(model.model.layers[0].forward(x, model.model.rotary_emb).output);
expectError(model.model.layers[0].forward(x64, model.model.rotary_emb));
expectError(model.model.layers[0].forward(x, rope16));
expectError(model.model.norm.forward(x64));
// Ids are int32 token ids of shape [B, T].
expectError(model.forward(floatIds));
expectError(model.forward(st.zeros([2, 16, 1], 'int32')));
expectError(model.loss(ids, floatIds));
// Cached decoding: the caches' batch must be the ids' batch.
declare const caches2: KVCache<2, 2, 32, 'default'>[];
declare const caches3: KVCache<3, 2, 32, 'default'>[];
expectType<st.Tensor<[2, 16, 65]>>(model.forwardCached(ids, caches2).logits);
expectType<st.Tensor<[2, 16, 65]>>(model.forwardCached(ids, undefined).logits);
expectError(model.forwardCached(ids, caches3));
// The forward options are checked too.
expectType<st.Tensor<[2, 16, 65]>>(model.forward(ids, { training: true, seed: 3 }));
expectError(model.forward(ids, { training: 'yes' }));

// A model on a named device takes tensors of that device only.
const onCpu = createLlama({
  vocabSize: 65, dim: 128, nLayers: 1, nHeads: 4, nKvHeads: 4, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000,
  maxSeqLen: 64, dropout: 0,
}, 0, 'cpu');
declare const idsCpu: st.Tensor<[2, 16], 'int32', 'cpu'>;
expectType<st.Tensor<[2, 16, 65], 'float32', 'cpu'>>(onCpu.forward(idsCpu));
expectError(onCpu.forward(ids));

// LlamaOf spells the same type.
type Config128 = {
  vocabSize: 65; dim: 128; nLayers: 2; nHeads: 4; nKvHeads: 2; multipleOf: 32; normEps: 1e-5; ropeTheta: 10000; maxSeqLen: 64; dropout: 0;
};
declare const typed: LlamaOf<Config128>;
expectType<st.Tensor<[2, 16, 65]>>(typed.forward(ids));
