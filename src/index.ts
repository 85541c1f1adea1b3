// shapetype: tensors whose shapes are types. This file is the package's one public surface.
import { setBackend } from './ops/backend.js';

export * from './ops/index.js';
export * from './shapes/index.js';

// Modules: typed, named parameters collected from a layer's fields; save and load by name.
export {
  loadModule, loadStateDict, Module, MODULE_FORMAT, saveModule, stateDict,
  type ForwardHook, type ParamNames, type ParamsOf, type StateTensor,
} from './module/index.js';

// Layers, each a Module.
export {
  Attention, Block, Embedding, GELU, Linear, ReLU, RMSNorm, RotaryEmbedding, SeedSequence, SiLU, SwiGLU, swigluHiddenDim,
  type AttentionOptions, type BlockOptions, type ForwardOptions, type KVCache, type LinearOptions, type ModelDim,
} from './layers/index.js';

// The Llama.
export { defineConfig, validateConfig, type ConfigCheck, type LlamaConfig } from './llama/config.js';
export { createLlama, Llama, LlamaModel, type LlamaForwardOptions, type LlamaOf } from './llama/model.js';

// Probes for what types cannot catch (causality, determinism, gradient flow, waste, reference comparison, pictures).
export * from './diagnostics/index.js';

// Ready on import: the default backend (wasm, else cpu, or SHAPETYPE_BACKEND) is initialised here,
// so user code can create tensors right away.
await setBackend();
