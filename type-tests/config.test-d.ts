// A literal Llama config is checked by the compiler: dim divisible by nHeads, an even head dim
// (RoPE rotates pairs), nHeads a multiple of nKvHeads. A config typed as plain LlamaConfig (read
// from JSON) compiles, and is checked at run time instead.
import { expectAssignable, expectError, expectType } from 'tsd';
import type * as st from '../src/index.js';
import { defineConfig, type ConfigCheck, type LlamaConfig } from '../src/llama/config.js';
import { createLlama, type Llama, type LlamaOf } from '../src/llama/model.js';

const base = { vocabSize: 65, nLayers: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0 } as const;

// ---- Valid configs are accepted, and keep their literal types.
const valid = defineConfig({ ...base, dim: 128, nHeads: 4, nKvHeads: 2 });
expectType<128>(valid.dim);
expectType<4>(valid.nHeads);
expectType<2>(valid.nKvHeads);
defineConfig({ ...base, dim: 384, nHeads: 6, nKvHeads: 6 });
defineConfig({ ...base, dim: 64, nHeads: 8, nKvHeads: 1 });
defineConfig({ ...base, dim: 4096, nHeads: 32, nKvHeads: 8, hiddenDim: 11008 });
const model = createLlama({ ...base, dim: 128, nHeads: 4, nKvHeads: 2 });
expectAssignable<Llama<65, 2, 2, 32, number>>(model);
createLlama(valid, 3);
createLlama({ ...base, dim: 96, nHeads: 4, nKvHeads: 4 }, 1, 'cpu');

// ---- dim not divisible by nHeads.
expectError(defineConfig({ ...base, dim: 100, nHeads: 8, nKvHeads: 2 }));
expectError(createLlama({ ...base, dim: 100, nHeads: 8, nKvHeads: 2 }));
expectError(createLlama({ ...base, dim: 100, nHeads: 8, nKvHeads: 2 }, 0, 'cpu'));

// ---- An odd head dim (RoPE rotates pairs of dims): 12 / 4 = 3, 120 / 8 = 15.
expectError(defineConfig({ ...base, dim: 12, nHeads: 4, nKvHeads: 2 }));
expectError(defineConfig({ ...base, dim: 120, nHeads: 8, nKvHeads: 4 }));
expectError(createLlama({ ...base, dim: 120, nHeads: 8, nKvHeads: 4 }));

// ---- nHeads not a multiple of nKvHeads.
expectError(defineConfig({ ...base, dim: 128, nHeads: 4, nKvHeads: 3 }));
expectError(defineConfig({ ...base, dim: 192, nHeads: 6, nKvHeads: 4 }));
expectError(createLlama({ ...base, dim: 192, nHeads: 6, nKvHeads: 4 }));

// ---- Each failure carries its sentence (the run-time check throws the same words).
type With<Dim extends number, H extends number, KV extends number> = typeof base & { dim: Dim; nHeads: H; nKvHeads: KV };
declare const notDivisible: ConfigCheck<With<100, 8, 2>>;
expectType<'llama config: dim 100 is not divisible by nHeads 8'>(notDivisible);
declare const oddHeadDim: ConfigCheck<With<12, 4, 2>>;
expectType<'llama config: headDim 3 (dim 12 / nHeads 4) is odd; RoPE rotates pairs of dims'>(oddHeadDim);
declare const notMultiple: ConfigCheck<With<192, 6, 4>>;
expectType<'llama config: nHeads 6 is not a multiple of nKvHeads 4'>(notMultiple);
declare const fine: ConfigCheck<With<128, 4, 2>>;
expectType<unknown>(fine);

// ---- Configs typed as plain LlamaConfig (from JSON) compile; validateConfig checks them at run time.
declare const fromJson: LlamaConfig;
expectType<LlamaConfig>(defineConfig(fromJson));
const loose = createLlama(fromJson);
expectType<LlamaOf<LlamaConfig>>(loose);
declare const ids: st.Tensor<[2, 16], 'int32'>;
expectType<st.Tensor<[2, 16, number]>>(loose.forward(ids));
const parsed: LlamaConfig = JSON.parse('{}');
createLlama(parsed, 7);
createLlama(parsed, 7, 'cpu');
declare const check: ConfigCheck<LlamaConfig>;
expectType<unknown>(check);

// ---- Missing or mistyped fields are errors as usual.
expectError(defineConfig({ dim: 128, nHeads: 4, nKvHeads: 2 }));
expectError(defineConfig({ ...base, dim: '128', nHeads: 4, nKvHeads: 2 }));
