// Reading a model's activations through its modules' forward hooks: the per-layer outputs a
// reference dump holds, and each layer's attention weights (from the queries and keys after RoPE).
// Nothing here recomputes the model: the values are what its own forward produced.
import * as st from '../ops/index.js';
import type { Module } from '../module/module.js';
import type { Activation, Activations } from './compare.js';

/** The activation name of a module, by its Hugging Face path: embed_tokens, each block's self_attn and mlp, the final norm, lm_head. */
function activationName(path: string): string | undefined {
  if (path === 'model.embed_tokens') return 'embedding';
  if (path === 'model.norm') return 'norm';
  if (path === 'lm_head') return 'logits';
  const m = /^model\.layers\.(\d+)\.(self_attn|mlp)$/.exec(path);
  if (m === null) return undefined;
  return `layers.${m[1]}.${m[2] === 'self_attn' ? 'attention' : 'mlp'}`;
}

function activationOf(output: unknown): Activation | undefined {
  // Attention reports { output, cache }; the other layers their tensor.
  const tensor = output instanceof st.Tensor ? output : typeof output === 'object' && output !== null && 'output' in output ? output.output : undefined;
  if (!(tensor instanceof st.Tensor) || tensor.dtype !== 'float32') return undefined;
  const shape: number[] = [...tensor.shape];
  return { shape, data: Float32Array.from(tensor.dataSync()) };
}

/**
 * Runs run() with hooks on model's modules and returns the activations they reported, named as a
 * reference dump names them (embedding, layers.i.attention, layers.i.mlp, norm, logits). The hooks
 * are removed afterwards, even when run throws.
 */
export function recordActivations(model: Module, run: () => unknown): Activations {
  const recorded: Activations = new Map();
  const removers: (() => void)[] = [];
  try {
    for (const [path, module] of model.namedModules()) {
      const name = activationName(path);
      if (name === undefined) continue;
      removers.push(module.registerForwardHook((_m, output) => {
        const a = activationOf(output);
        if (a !== undefined) recorded.set(name, a);
      }));
    }
    st.tidy(() => {
      run();
    });
  } finally {
    for (const remove of removers) remove();
  }
  return recorded;
}

/** One layer's attention weights: [heads, T, T], row i the weights of query position i over the keys. */
export interface AttentionMaps {
  heads: number;
  length: number;
  /** Row-major [heads, T, T]. */
  weights: Float32Array;
}

/**
 * The attention weights of every layer for one sequence (batch row 0): softmax(q k^T / sqrt(headDim))
 * over the keys at or before each query, from the queries and keys the model's RoPE module
 * produced (each layer's input norm fires first, then its queries, then its keys). Query head h
 * reads key head floor(h / (heads / kvHeads)), as the grouped attention op does.
 */
export function recordAttention(model: Module, run: () => unknown): AttentionMaps[] {
  const qk: { q?: Activation; k?: Activation }[] = [];
  let layer = -1;
  const removers: (() => void)[] = [];
  try {
    for (const [path, module] of model.namedModules()) {
      const norm = /^model\.layers\.(\d+)\.input_layernorm$/.exec(path);
      if (norm !== null) {
        const index = Number(norm[1]);
        removers.push(module.registerForwardHook(() => {
          layer = index;
          qk[index] = {};
        }));
      } else if (path === 'model.rotary_emb') {
        removers.push(module.registerForwardHook((_m, output) => {
          const entry = qk[layer];
          const a = activationOf(output);
          if (entry === undefined || a === undefined) return;
          if (entry.q === undefined) entry.q = a;
          else if (entry.k === undefined) entry.k = a;
        }));
      }
    }
    st.tidy(() => {
      run();
    });
  } finally {
    for (const remove of removers) remove();
  }
  return qk.map((entry, i) => {
    if (entry.q === undefined || entry.k === undefined) throw new Error(`attention of layer ${i}: its queries and keys were not seen (does the model rotate them with model.rotary_emb?)`);
    return attentionWeights(entry.q, entry.k);
  });
}

/** softmax(q k^T / sqrt(Dh) + causal mask) for batch row 0 of q [B, H, T, Dh] and k [B, KV, T, Dh]. */
function attentionWeights(q: Activation, k: Activation): AttentionMaps {
  const [, heads, length, dh] = q.shape;
  const kvHeads = k.shape[1];
  const rep = heads / kvHeads;
  const weights = new Float32Array(heads * length * length);
  const scale = 1 / Math.sqrt(dh);
  for (let h = 0; h < heads; h++) {
    const g = Math.floor(h / rep);
    for (let i = 0; i < length; i++) {
      const row = new Float64Array(i + 1);
      let top = -Infinity;
      for (let j = 0; j <= i; j++) {
        let dot = 0;
        for (let d = 0; d < dh; d++) dot += q.data[(h * length + i) * dh + d] * k.data[(g * length + j) * dh + d];
        row[j] = dot * scale;
        top = Math.max(top, row[j]);
      }
      let total = 0;
      for (let j = 0; j <= i; j++) total += (row[j] = Math.exp(row[j] - top));
      for (let j = 0; j <= i; j++) weights[(h * length + i) * length + j] = row[j] / total;
    }
  }
  return { heads, length, weights };
}

/** One head's [T, T] map out of a layer's maps. */
export function headMap(maps: AttentionMaps, head: number): Float32Array {
  if (!Number.isInteger(head) || head < 0 || head >= maps.heads) throw new Error(`head ${head} is not one of the layer's ${maps.heads} heads (0 to ${maps.heads - 1})`);
  const n = maps.length * maps.length;
  return maps.weights.slice(head * n, (head + 1) * n);
}
