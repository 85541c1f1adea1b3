// shapetype: tensors whose shapes are types. This file is the package's one public surface.
import { setBackend } from './ops/backend.js';

export * from './ops/index.js';
export * from './shapes/index.js';

// Modules: typed, named parameters collected from a layer's fields; save and load by name.
export {
  forEachPair, listOf, loadModule, loadStateDict, Module, MODULE_FORMAT, saveModule, stateDict,
  type ForwardHook, type ListOf, type PairedWith, type ParamNames, type ParamsOf, type StateDict, type StateFor, type StateOf, type StateSentence, type StateTensor,
} from './module/index.js';

// Layers, each a Module.
export {
  Attention, Block, Embedding, GELU, Linear, ReLU, RMSNorm, RotaryEmbedding, SeedSequence, SiLU, SwiGLU, swigluHiddenDim,
  type AttentionOptions, type BlockOptions, type Expect, type ForwardOptions, type KVCache, type LayerCheck, type LayerInput, type LinearOptions, type ModelDim,
  type OnInputDevice, type TokenIds,
} from './layers/index.js';

// The Llama.
export { defineConfig, validateConfig, type ConfigCheck, type HiddenDimOf, type LlamaConfig } from './llama/config.js';
export { createLlama, Llama, LlamaModel, type LlamaForwardOptions, type LlamaOf, type ModelConfig } from './llama/model.js';

export { generate, maxGenerateTokens, sampleText, type GenerateCheck, type GenerateOptions } from './llama/sample.js';

// Files: Hugging Face Llama folders, resumable checkpoints, safetensors.
export { loadLlama, saveLlama } from './io/llama-files.js';
export {
  configFromHuggingFace, exportHuggingFace, huggingFaceConfig, importHuggingFace, loadCheckpoint, saveCheckpoint,
  type CheckpointContents, type CheckpointModel, type ImportedModel, type JsonValue, type LoadedCheckpoint,
} from './io/checkpoint.js';
export { readSafetensors, writeSafetensors, type SafetensorsFile, type SafetensorsTensor } from './io/safetensors.js';

// Text and training.
export { CharTokenizer } from './text/tokenizer.js';
export {
  huggingFaceTokenizerConfig, huggingFaceTokenizerJson, tokenizerFromHuggingFace, TOKENIZER_CONFIG_FILE, TOKENIZER_FILE,
} from './text/huggingface.js';
export { evaluate, train, type StepInfo, type TrainOptions, type TrainResult } from './train/train.js';
export { loadCorpus, batchAt, randomBatch, fixedWindows, type Batch, type Corpus } from './train/data.js';
export { learningRateAt, type Schedule } from './train/schedule.js';
export { modelSummary, type MetricsRecord } from './train/report.js';
export { presets as trainPresets, type Preset as TrainPreset } from './cli/presets.js';
export { Rng } from './util/rng.js';

// Probes for what types cannot catch (causality, determinism, gradient flow, waste, reference comparison, pictures).
export * from './diagnostics/index.js';

// Ready on import: the default backend (wasm, else cpu, or SHAPETYPE_BACKEND) is initialised here,
// so user code can create tensors right away.
await setBackend();
