// How much memory a training run will need, estimated before anything is allocated, so that
// `--batch 200000` or `--dim 8192 --layers 8` is refused with the figures instead of failing
// gigabytes later (or never, on a swapping machine).
import { constrainedMemory } from 'node:process';
import { totalmem } from 'node:os';
import { hiddenDimOf } from '../io/checkpoint.js';
import type { LlamaConfig } from '../llama/config.js';

/** The wasm backend's heap cannot grow past this (emscripten's getHeapMax in tfjs-backend-wasm 4.22). */
export const WASM_HEAP_MAX = 4294901760;

/** The share of the machine's (or the container's) memory a run may plan to use. */
export const MEMORY_SHARE = 0.8;

export interface MemoryEstimate {
  parameters: number;
  /** Weights, gradients and the two AdamW moments, plus the copies a checkpoint save makes: 24 bytes a parameter. */
  parameterBytes: number;
  /** The activations one training step keeps for its backward pass, and their gradients. */
  activationBytes: number;
  /** The training text as a string and as int32 tokens. */
  dataBytes: number;
  total: number;
}

/** Parameters of a config's model, by arithmetic (nothing built). */
export function parameterCount(config: LlamaConfig): number {
  const { dim, nLayers, vocabSize } = config;
  const kvDim = (config.nKvHeads * dim) / config.nHeads;
  const hidden = hiddenDimOf(config);
  return 2 * vocabSize * dim + nLayers * (2 * dim * dim + 2 * dim * kvDim + 3 * dim * hidden + 2 * dim) + dim;
}

/**
 * An estimate of a run's peak memory, in bytes: meant to be within a small factor of the truth
 * (it counts every tensor a step keeps: per layer the norms, q/k/v, the B*H*T*T attention scores
 * and probabilities, the MLP's hidden activations; the logits and their softmax), which is
 * enough to refuse settings that are off by orders of magnitude.
 */
export function estimateTrainingMemory(config: LlamaConfig, batchSize: number, context: number, dataCharacters: number): MemoryEstimate {
  const parameters = parameterCount(config);
  const tokens = batchSize * context;
  const perLayer = tokens * (12 * config.dim + 3 * hiddenDimOf(config)) + 3 * batchSize * config.nHeads * context * context;
  const floats = config.nLayers * perLayer + 3 * tokens * config.vocabSize;
  const parameterBytes = 24 * parameters;
  const activationBytes = 2 * 4 * floats;
  const dataBytes = 6 * dataCharacters;
  return { parameters, parameterBytes, activationBytes, dataBytes, total: parameterBytes + activationBytes + dataBytes };
}

/** The bytes a run may plan to use: a share of the memory, and no more than the wasm heap on the wasm backend. */
export function memoryLimit(backend: string): { bytes: number; why: string } {
  const machine = Math.min(totalmem(), constrainedMemory() || Infinity);
  const share = MEMORY_SHARE * machine;
  if (backend === 'wasm' && WASM_HEAP_MAX < share) return { bytes: WASM_HEAP_MAX, why: 'the wasm backend\'s heap limit' };
  return { bytes: share, why: `${Math.round(MEMORY_SHARE * 100)}% of this machine's ${formatBytes(machine)} of memory` };
}

export function formatBytes(n: number): string {
  if (!Number.isFinite(n)) return `${n} bytes`;
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  let k = 0;
  while (n >= 1024 && k < units.length - 1) {
    n /= 1024;
    k += 1;
  }
  return k === 0 ? `${n} bytes` : `${n >= 100 ? n.toFixed(0) : n.toFixed(1)} ${units[k]}`;
}

/** The estimate as one line. */
export function describeEstimate(e: MemoryEstimate): string {
  return `about ${formatBytes(e.total)} (${e.parameters.toLocaleString('en-US')} parameters with gradients and AdamW moments ${formatBytes(e.parameterBytes)}, ` +
    `activations ${formatBytes(e.activationBytes)}, data ${formatBytes(e.dataBytes)})`;
}

/** Refuses a run whose estimate is over the limit, saying both and what to lower. */
export function checkTrainingMemory(config: LlamaConfig, batchSize: number, context: number, dataCharacters: number, backend: string): MemoryEstimate {
  const e = estimateTrainingMemory(config, batchSize, context, dataCharacters);
  const limit = memoryLimit(backend);
  if (!(e.total <= limit.bytes)) {
    throw new Error(
      `train: this run would need ${describeEstimate(e)}, over ${formatBytes(limit.bytes)} (${limit.why}); ` +
        `lower --batch, --context, --dim or --layers`,
    );
  }
  return e;
}
