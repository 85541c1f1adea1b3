// The Hugging Face Llama folder as a user opens and writes it: config.json with model.safetensors,
// or with the shards a model.safetensors.index.json names (checkpoint.ts does the work).
import type { DefaultDevice, Device } from '../ops/backend.js';
import type { LlamaConfig } from '../llama/config.js';
import type { LlamaOf } from '../llama/model.js';
import { exportHuggingFace, importHuggingFace, type CheckpointModel } from './checkpoint.js';

/** The Llama of a Hugging Face folder (saved by saveLlama or transformers' save_pretrained); forward(ids) gives logits. */
export function loadLlama(dir: string): LlamaOf<LlamaConfig, DefaultDevice>;
export function loadLlama<Dev extends Device>(dir: string, device: Dev): LlamaOf<LlamaConfig, Dev>;
export function loadLlama(dir: string, device: Device = 'default'): LlamaOf<LlamaConfig, Device> {
  return importHuggingFace(dir, device).model;
}

/** Writes a Llama as a Hugging Face folder (config.json and model.safetensors) that transformers loads. */
export function saveLlama(model: CheckpointModel, dir: string): void {
  exportHuggingFace(model, dir);
}
