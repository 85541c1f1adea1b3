// Checkpoints a training run can resume from exactly, whose model half is a Hugging Face Llama.
//
// A checkpoint folder holds:
//   model.safetensors      the weights in the Hugging Face layout (what transformers loads)
//   config.json            a transformers LlamaConfig, plus our own config under "shapetype"
//   optimizer.safetensors  the optimizer's slots, keyed as the optimizer names them (our layout)
//   state.json             step, rng state, extra, and the size and sha256 of each file above
//
// The Hugging Face layout differs from ours in two ways. Our Linear stores W as [in, out] and
// HF as [out, in], so every projection is transposed. And our RoPE is Meta's, rotating adjacent
// pairs (2i, 2i+1) of each head, where HF's rotates halves (i, i + headDim/2); HF's
// convert_llama_weights_to_hf.py reorders the rows of q_proj and k_proj so the two agree:
//   permute(w, n_heads, dim1, dim2) = w.view(n_heads, dim1 // n_heads // 2, 2, dim2).transpose(1, 2).reshape(dim1, dim2)
// that is, HF row h*headDim + j*headDim/2 + i holds Meta row h*headDim + 2i + j. We do the same
// (k_proj with nKvHeads heads), so q.k scores, and every output, agree.
//
// Saving is crash-safe. Each file is written to a temporary name beside it and flushed; only when
// all four are complete are they renamed into place, state.json last, so a checkpoint is complete
// exactly when state.json names it (by each file's sha256). A file being replaced is first kept
// under `<name>.prev` (a hard link), so if the process dies between the renames, state.json still
// names the previous checkpoint and its files are still there; loading finds them, and the next
// save puts them back before it starts.
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as st from '../index.js';
import { formatShape } from '../shapes/rules.js';
import { swigluHiddenDim } from '../layers/index.js';
import { validateConfig, type LlamaConfig } from '../llama/config.js';
import { buildLlama, type LlamaOf } from '../llama/model.js';
import { fsyncDirectory, removeStaleTempFiles, stageFile, writeFileAtomic, type StagedFile } from './files.js';
import { readJsonFile, parseStrictJson } from './json.js';
import { isRecord, readSafetensors, sha256File, stageSafetensors, writeSafetensors, type ReadTensor, type SafetensorsTensor } from './safetensors.js';

export const MODEL_FILE = 'model.safetensors';
export const CONFIG_FILE = 'config.json';
export const OPTIMIZER_FILE = 'optimizer.safetensors';
export const STATE_FILE = 'state.json';
const INDEX_FILE = 'model.safetensors.index.json';
const PREVIOUS = '.prev';
const DATA_FILES = [MODEL_FILE, CONFIG_FILE, OPTIMIZER_FILE] as const;

/** A value JSON can hold. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** What saving needs of a model: its config and its parameters keyed by Hugging Face name (our orientation). */
export interface CheckpointModel {
  readonly config: LlamaConfig;
  parameters(): Record<string, st.Variable<st.Shape, 'float32', st.Device>>;
}

/**
 * A model's parameters as the plain record, for the library's loops over them by name (saving, resuming, the
 * gradient monitor): the typed record (ParamsOf over the whole Llama) cost the checker ~4k instantiations per
 * model type that asked for it, and none of these loops reads its types.
 */
export function plainParameters(model: CheckpointModel): Record<string, st.Variable<st.Shape, 'float32', st.Device>> {
  return model.parameters();
}

/** What a checkpoint holds besides the model. */
export interface CheckpointContents {
  model: CheckpointModel;
  /** Its slots and step go to optimizer.safetensors (none is written without one). */
  optimizer?: Pick<st.Optimizer, 'getState'>;
  /** Training steps taken. */
  step: number;
  /** The data/dropout Rng's state (Rng.getState()). */
  rngState: number;
  /** Anything else to resume with (a tokenizer's vocabulary, say), as JSON. */
  extra?: Record<string, JsonValue>;
}

/** Test hooks into a save: each gets the file name (model.safetensors, ..., state.json). */
export interface SaveHooks {
  /** After the file's temporary copy is written and flushed, before anything is renamed. */
  afterStaged?: (file: string) => void;
  /** Just before the file is renamed into place. */
  beforeCommit?: (file: string) => void;
}

/** A loaded checkpoint. The caller owns the model and the optimizer state's tensors (dispose them after setState). */
export interface LoadedCheckpoint<Dev extends st.Device> {
  model: LlamaOf<LlamaConfig, Dev>;
  config: LlamaConfig;
  step: number;
  rngState: number;
  optimizerState?: st.OptimizerState;
  extra?: Record<string, JsonValue>;
}

/** A model read from a Hugging Face folder. */
export interface ImportedModel<Dev extends st.Device> {
  model: LlamaOf<LlamaConfig, Dev>;
  config: LlamaConfig;
}

// ---- Small checks on JSON

function isJson(v: unknown): v is JsonValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isJson);
  return isRecord(v) && Object.values(v).every(isJson);
}

function isJsonObject(v: unknown): v is Record<string, JsonValue> {
  return isRecord(v) && isJson(v);
}

function readJson(path: string): unknown {
  return readJsonFile(path);
}

function numberField(obj: Record<string, unknown>, key: string, where: string): number {
  const v = obj[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${where}: ${key} must be a number, got ${JSON.stringify(v)}`);
  return v;
}

function optionalNumber(obj: Record<string, unknown>, key: string, where: string): number | undefined {
  return obj[key] === undefined || obj[key] === null ? undefined : numberField(obj, key, where);
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

// ---- Config

/** The SwiGLU hidden size a config gives. */
export function hiddenDimOf(config: LlamaConfig): number {
  return config.hiddenDim ?? swigluHiddenDim(config.dim, config.multipleOf);
}

function ourConfigJson(config: LlamaConfig): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {
    vocabSize: config.vocabSize, dim: config.dim, nLayers: config.nLayers, nHeads: config.nHeads, nKvHeads: config.nKvHeads,
  };
  if (config.hiddenDim !== undefined) out.hiddenDim = config.hiddenDim;
  Object.assign(out, {
    multipleOf: config.multipleOf, normEps: config.normEps, ropeTheta: config.ropeTheta, maxSeqLen: config.maxSeqLen, dropout: config.dropout,
  });
  return out;
}

/** The config.json transformers reads (LlamaConfig), with our config under "shapetype". */
export function huggingFaceConfig(config: LlamaConfig): Record<string, JsonValue> {
  validateConfig(config);
  return {
    architectures: ['LlamaForCausalLM'],
    model_type: 'llama',
    vocab_size: config.vocabSize,
    hidden_size: config.dim,
    intermediate_size: hiddenDimOf(config),
    num_hidden_layers: config.nLayers,
    num_attention_heads: config.nHeads,
    num_key_value_heads: config.nKvHeads,
    head_dim: config.dim / config.nHeads,
    hidden_act: 'silu',
    max_position_embeddings: config.maxSeqLen,
    rms_norm_eps: config.normEps,
    rope_theta: config.ropeTheta,
    rope_scaling: null,
    attention_bias: false,
    attention_dropout: config.dropout,
    mlp_bias: false,
    tie_word_embeddings: false,
    torch_dtype: 'float32',
    initializer_range: 0.02,
    pretraining_tp: 1,
    use_cache: true,
    shapetype: ourConfigJson(config),
  };
}

function parseOurConfig(v: unknown, where: string): LlamaConfig {
  if (!isRecord(v)) throw new Error(`${where}: "shapetype" must be an object holding the model config`);
  const at = `${where} "shapetype"`;
  const config: LlamaConfig = {
    vocabSize: numberField(v, 'vocabSize', at),
    dim: numberField(v, 'dim', at),
    nLayers: numberField(v, 'nLayers', at),
    nHeads: numberField(v, 'nHeads', at),
    nKvHeads: numberField(v, 'nKvHeads', at),
    multipleOf: numberField(v, 'multipleOf', at),
    normEps: numberField(v, 'normEps', at),
    ropeTheta: numberField(v, 'ropeTheta', at),
    maxSeqLen: numberField(v, 'maxSeqLen', at),
    dropout: numberField(v, 'dropout', at),
  };
  const hiddenDim = optionalNumber(v, 'hiddenDim', at);
  if (hiddenDim !== undefined) config.hiddenDim = hiddenDim;
  return config;
}

/** validateConfig, its message prefixed with the file it came from. */
function validateIn(config: LlamaConfig, where: string): void {
  try {
    validateConfig(config);
  } catch (e) {
    throw new Error(`${where}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** multipleOf for an HF config: one that gives intermediate_size by Llama's rule if any does, else its largest power-of-two divisor. */
function inferMultipleOf(dim: number, hidden: number): number {
  for (let m = 1024; m >= 1; m /= 2) if (swigluHiddenDim(dim, m) === hidden) return m;
  let m = 1;
  while (m < 1024 && hidden % (m * 2) === 0) m *= 2;
  return m;
}

/**
 * Our config from a config.json: the "shapetype" object when there is one (checked against the
 * HF fields beside it), else derived from the HF fields (a folder saved by transformers), with
 * hiddenDim set to intermediate_size.
 */
export function configFromHuggingFace(json: unknown, where = CONFIG_FILE): LlamaConfig {
  if (!isRecord(json)) throw new Error(`${where}: not a JSON object`);
  if (json.model_type !== undefined && json.model_type !== 'llama') {
    throw new Error(`${where}: model_type is ${JSON.stringify(json.model_type)}; only "llama" models load`);
  }
  const reject = (cond: boolean, what: string): void => {
    if (cond) throw new Error(`${where}: ${what}, which this Llama does not implement`);
  };
  const boolean = (key: string): boolean | undefined => {
    const v = json[key];
    if (v !== undefined && v !== null && typeof v !== 'boolean') throw new Error(`${where}: ${key} must be true or false, got ${JSON.stringify(v)}`);
    return v === null ? undefined : v;
  };
  reject(json.hidden_act !== undefined && json.hidden_act !== 'silu', `hidden_act is ${JSON.stringify(json.hidden_act)} (not silu)`);
  reject(boolean('attention_bias') === true, 'attention_bias is true');
  reject(boolean('mlp_bias') === true, 'mlp_bias is true');
  boolean('tie_word_embeddings');
  reject(json.rope_scaling !== undefined && json.rope_scaling !== null, `rope_scaling is ${JSON.stringify(json.rope_scaling)}`);
  if (json.rope_parameters !== undefined && json.rope_parameters !== null && !isRecord(json.rope_parameters)) {
    throw new Error(`${where}: rope_parameters must be an object, got ${JSON.stringify(json.rope_parameters)}`);
  }
  const ropeParameters = isRecord(json.rope_parameters) ? json.rope_parameters : undefined;
  reject(ropeParameters !== undefined && ropeParameters.rope_type !== undefined && ropeParameters.rope_type !== 'default',
    `rope_parameters.rope_type is ${JSON.stringify(ropeParameters?.rope_type)}`);
  const tp = optionalNumber(json, 'pretraining_tp', where);
  reject(tp !== undefined && tp !== 1, `pretraining_tp is ${tp} (not 1)`);

  const nHeads = numberField(json, 'num_attention_heads', where);
  const hf = {
    vocabSize: numberField(json, 'vocab_size', where),
    dim: numberField(json, 'hidden_size', where),
    hiddenDim: numberField(json, 'intermediate_size', where),
    nLayers: numberField(json, 'num_hidden_layers', where),
    nHeads,
    nKvHeads: optionalNumber(json, 'num_key_value_heads', where) ?? nHeads,
  };
  const headDim = optionalNumber(json, 'head_dim', where);
  if (headDim !== undefined && headDim * hf.nHeads !== hf.dim) {
    throw new Error(`${where}: head_dim ${headDim} times num_attention_heads ${hf.nHeads} is not hidden_size ${hf.dim} (this Llama's heads split the model dim)`);
  }

  const ropeTheta = optionalNumber(json, 'rope_theta', where) ?? (ropeParameters ? optionalNumber(ropeParameters, 'rope_theta', `${where} rope_parameters`) : undefined);
  const fields = {
    normEps: optionalNumber(json, 'rms_norm_eps', where),
    ropeTheta,
    maxSeqLen: optionalNumber(json, 'max_position_embeddings', where),
    dropout: optionalNumber(json, 'attention_dropout', where),
  };
  let config: LlamaConfig;
  if (json.shapetype !== undefined) {
    config = parseOurConfig(json.shapetype, where);
    validateIn(config, where);
    const ours = { ...config, hiddenDim: hiddenDimOf(config) };
    for (const key of ['vocabSize', 'dim', 'hiddenDim', 'nLayers', 'nHeads', 'nKvHeads'] as const) {
      if (ours[key] !== hf[key]) {
        throw new Error(`${where}: "shapetype" says ${key} ${ours[key]} but the Hugging Face fields say ${hf[key]} (the file was edited by hand?)`);
      }
    }
    // What transformers would run must be what shapetype runs: the HF fields beside our block agree with it.
    for (const key of ['normEps', 'ropeTheta', 'maxSeqLen', 'dropout'] as const) {
      const v = fields[key];
      if (v !== undefined && v !== config[key]) {
        throw new Error(`${where}: "shapetype" says ${key} ${config[key]} but the Hugging Face fields say ${v} (the file was edited by hand?)`);
      }
    }
    if (json.tie_word_embeddings === true) throw new Error(`${where}: tie_word_embeddings is true, but a shapetype model has its own lm_head`);
  } else {
    config = {
      ...hf,
      multipleOf: inferMultipleOf(hf.dim, hf.hiddenDim),
      normEps: fields.normEps ?? 1e-6,
      ropeTheta: fields.ropeTheta ?? 10000,
      maxSeqLen: fields.maxSeqLen ?? 2048,
      dropout: fields.dropout ?? 0,
    };
    validateIn(config, where);
  }
  return config;
}

/** How many tensors a config's model has in an HF file (without building its layout). */
function tensorCount(config: LlamaConfig): number {
  return 3 + 9 * config.nLayers;
}

/**
 * Checks a config's sizes against the tensors a file holds before anything is built for them:
 * a config.json saying num_hidden_layers 1000000 against a file of two layers is refused here,
 * not after building a million layers' worth of layout.
 */
function checkSizesAgainstFile(config: LlamaConfig, tensors: Record<string, ReadTensor>, where: string): void {
  // Within a factor of two the per-tensor check that follows names each missing tensor; beyond
  // that the config is simply not this file's, and its layout would be unbounded work.
  const held = Object.keys(tensors).filter((n) => !isIgnorable(n)).length;
  const needed = tensorCount(config);
  if (needed > 2 * held + 16) {
    throw new Error(
      `${where} holds ${held} tensors but its config (num_hidden_layers ${config.nLayers}) needs ${needed}: the config does not describe this file`,
    );
  }
}

// ---- The Hugging Face layout

/** How a parameter maps to its HF tensor: as is, transposed, or transposed with the RoPE row order. */
interface LayoutEntry {
  name: string;
  /** Shape in our model. */
  ours: number[];
  /** Shape in the HF file. */
  hf: number[];
  kind: 'copy' | 'linear';
  /** For q_proj / k_proj: the heads whose rows are reordered from Meta's RoPE to HF's. */
  ropeHeads?: number;
}

/** Every parameter of a config's model, with both layouts. */
export function huggingFaceLayout(config: LlamaConfig): LayoutEntry[] {
  const dim = config.dim;
  const headDim = dim / config.nHeads;
  const kvDim = config.nKvHeads * headDim;
  const hidden = hiddenDimOf(config);
  const entries: LayoutEntry[] = [];
  const copy = (name: string, shape: number[]): void => {
    entries.push({ name, ours: shape, hf: shape, kind: 'copy' });
  };
  const linear = (name: string, inF: number, outF: number, ropeHeads?: number): void => {
    entries.push({ name, ours: [inF, outF], hf: [outF, inF], kind: 'linear', ropeHeads });
  };
  copy('model.embed_tokens.weight', [config.vocabSize, dim]);
  for (let i = 0; i < config.nLayers; i++) {
    const p = `model.layers.${i}`;
    linear(`${p}.self_attn.q_proj.weight`, dim, dim, config.nHeads);
    linear(`${p}.self_attn.k_proj.weight`, dim, kvDim, config.nKvHeads);
    linear(`${p}.self_attn.v_proj.weight`, dim, kvDim);
    linear(`${p}.self_attn.o_proj.weight`, dim, dim);
    linear(`${p}.mlp.gate_proj.weight`, dim, hidden);
    linear(`${p}.mlp.up_proj.weight`, dim, hidden);
    linear(`${p}.mlp.down_proj.weight`, hidden, dim);
    copy(`${p}.input_layernorm.weight`, [dim]);
    copy(`${p}.post_attention_layernorm.weight`, [dim]);
  }
  copy('model.norm.weight', [dim]);
  linear('lm_head.weight', dim, config.vocabSize);
  return entries;
}

/** The Meta row an HF row of a q/k projection holds (HF row h*Dh + j*Dh/2 + i is Meta row h*Dh + 2i + j). */
function metaRow(hfRow: number, outFeatures: number, heads: number | undefined): number {
  if (heads === undefined) return hfRow;
  const headDim = outFeatures / heads;
  const half = headDim / 2;
  const head = Math.floor(hfRow / headDim);
  const r = hfRow % headDim;
  return head * headDim + 2 * (r % half) + Math.floor(r / half);
}

/** Our [in, out] values to HF's [out, in] (rows reordered for RoPE where needed). */
function toHuggingFace(e: LayoutEntry, ours: Float32Array): Float32Array {
  if (e.kind === 'copy') return ours;
  const [inF, outF] = e.ours;
  const out = new Float32Array(ours.length);
  for (let o = 0; o < outF; o++) {
    const src = metaRow(o, outF, e.ropeHeads);
    for (let i = 0; i < inF; i++) out[o * inF + i] = ours[i * outF + src];
  }
  return out;
}

/** HF's [out, in] values to our [in, out]: the inverse of toHuggingFace. */
function fromHuggingFace(e: LayoutEntry, hf: Float32Array): Float32Array {
  if (e.kind === 'copy') return hf;
  const [inF, outF] = e.ours;
  const out = new Float32Array(hf.length);
  for (let o = 0; o < outF; o++) {
    const dst = metaRow(o, outF, e.ropeHeads);
    for (let i = 0; i < inF; i++) out[i * outF + dst] = hf[o * inF + i];
  }
  return out;
}

/** The model's weights in the HF layout, after checking the model has exactly its config's parameters. */
export function huggingFaceTensors(model: CheckpointModel): Record<string, SafetensorsTensor> {
  const params = model.parameters();
  const layout = huggingFaceLayout(model.config);
  const out: Record<string, SafetensorsTensor> = {};
  for (const e of layout) {
    const p = params[e.name];
    if (p === undefined) throw new Error(`checkpoint: the model has no parameter '${e.name}', which its config needs`);
    if (!sameShape(p.shape, e.ours)) {
      throw new Error(`checkpoint: parameter '${e.name}' has shape ${formatShape(p.shape)} but the config needs ${formatShape(e.ours)}`);
    }
    out[e.name] = { dtype: 'F32', shape: e.hf, data: toHuggingFace(e, p.dataSync()) };
  }
  const extra = Object.keys(params).filter((k) => out[k] === undefined);
  if (extra.length > 0) throw new Error(`checkpoint: the model has parameters its config does not describe: ${extra.join(', ')}`);
  return out;
}

/** Tensors older transformers versions saved that carry no weights. */
function isIgnorable(name: string): boolean {
  return name.endsWith('.rotary_emb.inv_freq');
}

/** The HF tensor of a parameter: with tied embeddings, lm_head is embed_tokens when the file leaves it out. */
function tensorFor(tensors: Record<string, ReadTensor>, name: string, tied: boolean): ReadTensor | undefined {
  return tensors[name] ?? (tied && name === 'lm_head.weight' ? tensors['model.embed_tokens.weight'] : undefined);
}

/** Every problem of a file's tensors against the config, as one error naming each tensor. */
function checkTensors(layout: LayoutEntry[], tensors: Record<string, ReadTensor>, where: string, tied: boolean): void {
  const problems: string[] = [];
  const known = new Set(layout.map((e) => e.name));
  for (const e of layout) {
    const t = tensorFor(tensors, e.name, tied);
    if (t === undefined) problems.push(`tensor '${e.name}' is missing`);
    else if (t.dtype !== 'F32') problems.push(`tensor '${e.name}' holds ${t.storedDtype} values, not floats`);
    else if (!sameShape(t.shape, e.hf)) {
      problems.push(`tensor '${e.name}' has shape ${formatShape(t.shape)} but the config needs ${formatShape(e.hf)}`);
    }
  }
  for (const name of Object.keys(tensors)) {
    if (!known.has(name) && !isIgnorable(name)) problems.push(`tensor '${name}' is not a parameter of this config's model`);
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 8).join('; ');
    throw new Error(`${where} does not fit its config: ${shown}${problems.length > 8 ? `; and ${problems.length - 8} more` : ''}`);
  }
}

/** Builds a model for config on device and assigns it the HF-layout tensors (after checking every one). */
function buildModel<Dev extends st.Device>(
  config: LlamaConfig, device: Dev, tensors: Record<string, ReadTensor>, where: string, tied: boolean,
): LlamaOf<LlamaConfig, Dev> {
  checkSizesAgainstFile(config, tensors, where);
  const layout = huggingFaceLayout(config);
  checkTensors(layout, tensors, where, tied);
  for (const e of layout) {
    const t = tensorFor(tensors, e.name, tied);
    const bad = t === undefined ? -1 : t.data.findIndex((x) => !Number.isFinite(x));
    if (t !== undefined && bad >= 0) throw new Error(`${where}: tensor '${e.name}' holds a non-finite value (${t.data[bad]} at index ${bad})`);
  }
  const lm = tensors['lm_head.weight'];
  const embed = tensors['model.embed_tokens.weight'];
  if (tied && lm !== undefined && embed !== undefined && !lm.data.every((x, k) => x === embed.data[k])) {
    throw new Error(`${where}: tie_word_embeddings is true but lm_head.weight differs from model.embed_tokens.weight`);
  }
  const model = buildLlama(config, 0, device);
  try {
    const params = new Map(model.namedParameters());
    for (const e of layout) {
      const t = tensorFor(tensors, e.name, tied);
      const p = params.get(e.name);
      if (t === undefined || t.dtype !== 'F32' || p === undefined) throw new Error(`${where}: tensor '${e.name}' vanished while loading`);
      const value = st.tensor(fromHuggingFace(e, t.data), e.ours, 'float32', p.device);
      p.assign(value);
      value.dispose();
    }
  } catch (e) {
    model.dispose();
    throw e;
  }
  return model;
}

// ---- Hugging Face folders

/** Writes model.safetensors (HF layout) and config.json to dir, each atomically: a folder transformers loads. */
export function exportHuggingFace(model: CheckpointModel, dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeSafetensors(join(dir, MODEL_FILE), huggingFaceTensors(model), { format: 'pt' });
  writeFileAtomic(join(dir, CONFIG_FILE), `${JSON.stringify(huggingFaceConfig(model.config), null, 2)}\n`);
}

function readConfigFile(path: string): { config: LlamaConfig; tied: boolean } {
  const json = readJson(path);
  const config = configFromHuggingFace(json, path);
  return { config, tied: isRecord(json) && json.tie_word_embeddings === true };
}

/** The tensors of an HF folder: model.safetensors, or the shards model.safetensors.index.json names. */
function readHuggingFaceWeights(dir: string): { tensors: Record<string, ReadTensor>; where: string } {
  const single = join(dir, MODEL_FILE);
  if (existsSync(single)) return { tensors: readSafetensors(single).tensors, where: single };
  const indexPath = join(dir, INDEX_FILE);
  if (!existsSync(indexPath)) throw new Error(`${dir}: holds neither ${MODEL_FILE} nor ${INDEX_FILE} (only safetensors weights load)`);
  const index = readJson(indexPath);
  const map = isRecord(index) ? index.weight_map : undefined;
  if (!isRecord(map)) throw new Error(`${indexPath}: has no weight_map object`);
  const tensors: Record<string, ReadTensor> = {};
  const shards = new Set<string>();
  for (const [name, file] of Object.entries(map)) {
    if (typeof file !== 'string' || basename(file) !== file) throw new Error(`${indexPath}: tensor '${name}' maps to ${JSON.stringify(file)}, not a file in the folder`);
    shards.add(file);
  }
  for (const shard of shards) {
    for (const [name, t] of Object.entries(readSafetensors(join(dir, shard)).tensors)) {
      if (tensors[name] !== undefined) throw new Error(`${dir}: tensor '${name}' is in more than one shard`);
      tensors[name] = t;
    }
  }
  return { tensors, where: indexPath };
}

/** Reads a folder saved by exportHuggingFace or by transformers' save_pretrained (float32, float16 or bfloat16 safetensors). */
export function importHuggingFace(dir: string): ImportedModel<st.DefaultDevice>;
export function importHuggingFace<Dev extends st.Device>(dir: string, device: Dev): ImportedModel<Dev>;
export function importHuggingFace(dir: string, device: st.Device = 'default'): ImportedModel<st.Device> {
  const { config, tied } = readConfigFile(join(dir, CONFIG_FILE));
  const { tensors, where } = readHuggingFaceWeights(dir);
  return { model: buildModel(config, device, tensors, where, tied), config };
}

// ---- Checkpoints

interface FileRecord {
  bytes: number;
  sha256: string;
}

interface StateJson {
  step: number;
  rngState: number;
  extra?: Record<string, JsonValue>;
  files: Record<string, FileRecord>;
}

function checkStep(step: number, where: string): void {
  if (!Number.isSafeInteger(step) || step < 0) throw new Error(`${where}: step must be a non-negative integer, got ${step}`);
}

function checkRngState(rngState: number, where: string): void {
  if (!Number.isInteger(rngState) || rngState < 0 || rngState > 0xffffffff) {
    throw new Error(`${where}: rngState must be an unsigned 32-bit integer, got ${rngState}`);
  }
}

function parseState(json: unknown, where: string): StateJson {
  if (!isRecord(json)) throw new Error(`${where}: not a JSON object`);
  if (json.format !== 'shapetype-checkpoint') throw new Error(`${where}: not a shapetype checkpoint state (format ${JSON.stringify(json.format)})`);
  if (json.version !== 1) throw new Error(`${where}: checkpoint version ${JSON.stringify(json.version)} is not one this shapetype reads (1)`);
  const step = numberField(json, 'step', where);
  checkStep(step, where);
  const rngState = numberField(json, 'rngState', where);
  checkRngState(rngState, where);
  if (!isRecord(json.files)) throw new Error(`${where}: has no "files" object`);
  const files: Record<string, FileRecord> = {};
  for (const [name, r] of Object.entries(json.files)) {
    if (!DATA_FILES.some((f) => f === name)) throw new Error(`${where}: names an unknown file '${name}'`);
    if (!isRecord(r) || typeof r.sha256 !== 'string') throw new Error(`${where}: the record of ${name} has no sha256`);
    const bytes = numberField(r, 'bytes', `${where} ${name}`);
    if (!Number.isSafeInteger(bytes) || bytes < 0) throw new Error(`${where}: the record of ${name} has bytes ${bytes}, not a size`);
    if (!/^[0-9a-f]{64}$/.test(r.sha256)) throw new Error(`${where}: the record of ${name} has sha256 ${JSON.stringify(r.sha256)}, not 64 hex digits`);
    files[name] = { bytes, sha256: r.sha256 };
  }
  for (const name of [MODEL_FILE, CONFIG_FILE]) if (files[name] === undefined) throw new Error(`${where}: does not name ${name}`);
  const state: StateJson = { step, rngState, files };
  if (json.extra !== undefined) {
    if (!isJsonObject(json.extra)) throw new Error(`${where}: "extra" must be a JSON object`);
    state.extra = json.extra;
  }
  return state;
}

function matches(path: string, record: FileRecord): boolean {
  return existsSync(path) && statSync(path).size === record.bytes && sha256File(path) === record.sha256;
}

/** The file state.json recorded: at its name, or kept as .prev by a save that did not finish. */
function resolveFile(dir: string, name: string, record: FileRecord): string {
  const path = join(dir, name);
  if (matches(path, record)) return path;
  if (matches(path + PREVIOUS, record)) return path + PREVIOUS;
  const why = existsSync(path) ? 'its size or sha256 differs from the one state.json recorded' : 'it is missing';
  throw new Error(
    `checkpoint ${dir}: ${name} is not the file this checkpoint saved (${why}); it was changed or damaged after the save. ` +
      `(importHuggingFace reads ${MODEL_FILE} and ${CONFIG_FILE} without this check.)`,
  );
}

/**
 * Before a save: put back the files of the committed checkpoint that an interrupted save left as
 * .prev, drop the other .prev files, and remove temporary files of processes that are gone.
 */
function settleInterruptedSave(dir: string): void {
  const kept = DATA_FILES.filter((name) => existsSync(join(dir, name + PREVIOUS)));
  if (kept.length > 0) {
    let state: StateJson | undefined;
    try {
      state = parseState(readJson(join(dir, STATE_FILE)), join(dir, STATE_FILE));
    } catch {
      state = undefined;
    }
    for (const name of kept) {
      const path = join(dir, name);
      const record = state?.files[name];
      if (record !== undefined && !matches(path, record) && matches(path + PREVIOUS, record)) renameSync(path + PREVIOUS, path);
      else rmSync(path + PREVIOUS, { force: true });
    }
    fsyncDirectory(dir);
  }
  const ours = new Set<string>([...DATA_FILES, STATE_FILE]);
  removeStaleTempFiles(dir, (target) => ours.has(target));
}

/** Keeps the file being replaced as .prev (a hard link, else a rename) until the new state.json is in place. */
function keepPrevious(path: string): void {
  if (!existsSync(path)) return;
  rmSync(path + PREVIOUS, { force: true });
  try {
    linkSync(path, path + PREVIOUS);
  } catch {
    renameSync(path, path + PREVIOUS);
  }
}

function optimizerTensors(state: st.OptimizerState): Record<string, SafetensorsTensor> {
  const out: Record<string, SafetensorsTensor> = {};
  for (const [key, t] of Object.entries(state.slots)) out[key] = { dtype: 'F32', shape: [...t.shape], data: t.dataSync() };
  return out;
}

/**
 * Saves a checkpoint in dir (created if need be), crash-safely: the previous checkpoint there stays
 * loadable until the new state.json is in place. See the top of this file for the files.
 */
export function saveCheckpoint(dir: string, contents: CheckpointContents, hooks: SaveHooks = {}): void {
  checkStep(contents.step, `checkpoint ${dir}`);
  checkRngState(contents.rngState, `checkpoint ${dir}`);
  if (contents.extra !== undefined && !isJsonObject(contents.extra)) throw new Error(`checkpoint ${dir}: extra must be a JSON object (finite numbers, no undefined)`);
  mkdirSync(dir, { recursive: true });
  settleInterruptedSave(dir);

  const stageHooks = (file: string): { afterStaged: () => void } => ({ afterStaged: () => hooks.afterStaged?.(file) });
  const staged: StagedFile[] = [];
  const committed = new Set<StagedFile>();
  try {
    staged.push(stageSafetensors(join(dir, MODEL_FILE), huggingFaceTensors(contents.model), { format: 'pt' }, stageHooks(MODEL_FILE)));
    const configText = `${JSON.stringify(huggingFaceConfig(contents.model.config), null, 2)}\n`;
    staged.push(stageFile(join(dir, CONFIG_FILE), (emit) => emit(Buffer.from(configText, 'utf8')), stageHooks(CONFIG_FILE)));
    if (contents.optimizer !== undefined) {
      const state = contents.optimizer.getState();
      try {
        checkStep(state.step, `checkpoint ${dir}: optimizer`);
        const metadata = { format: 'shapetype-optimizer', step: String(state.step), paramSteps: JSON.stringify(state.paramSteps ?? {}) };
        staged.push(stageSafetensors(join(dir, OPTIMIZER_FILE), optimizerTensors(state), metadata, stageHooks(OPTIMIZER_FILE)));
      } finally {
        st.dispose(state.slots);
      }
    }
    const files: Record<string, JsonValue> = {};
    for (const s of staged) files[basename(s.target)] = { bytes: s.bytes, sha256: s.sha256 };
    const stateJson: Record<string, JsonValue> = { format: 'shapetype-checkpoint', version: 1, step: contents.step, rngState: contents.rngState, files };
    if (contents.extra !== undefined) stateJson.extra = contents.extra;
    const stateText = `${JSON.stringify(stateJson, null, 2)}\n`;
    const stateFile = stageFile(join(dir, STATE_FILE), (emit) => emit(Buffer.from(stateText, 'utf8')), stageHooks(STATE_FILE));
    staged.push(stateFile);

    // Everything is on disk under temporary names; now the renames, state.json last.
    for (const s of staged) {
      const name = basename(s.target);
      hooks.beforeCommit?.(name);
      if (s !== stateFile) keepPrevious(s.target);
      s.commit();
      committed.add(s);
    }
  } catch (e) {
    // Left as a crash would leave it (the next save or load copes), less the temporary files.
    for (const s of staged) if (!committed.has(s)) s.discard();
    throw e;
  }
  for (const name of DATA_FILES) rmSync(join(dir, name + PREVIOUS), { force: true });
  if (contents.optimizer === undefined) rmSync(join(dir, OPTIMIZER_FILE), { force: true });
  fsyncDirectory(dir);
}

/** Each parameter's update count, from the optimizer file's metadata (absent in older files). */
function parseParamSteps(path: string, text: string | undefined, step: number, params: Record<string, unknown>): Record<string, number> | undefined {
  if (text === undefined) return undefined;
  const parsed = parseStrictJson(text, `${path}: metadata "paramSteps"`, { maxDepth: 2 });
  if (!isRecord(parsed)) throw new Error(`${path}: metadata "paramSteps" must be a JSON object`);
  const out: Record<string, number> = {};
  for (const [name, v] of Object.entries(parsed)) {
    if (params[name] === undefined) throw new Error(`${path}: metadata "paramSteps" names '${name}', which is not a parameter of the model`);
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || v > step) {
      throw new Error(`${path}: metadata "paramSteps" of '${name}' must be an integer from 0 to the step ${step}, got ${JSON.stringify(v)}`);
    }
    out[name] = v;
  }
  return out;
}

const plainCount = /^(0|[1-9][0-9]*)$/;
const slotKind = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * The optimizer state in path, checked against the model's parameters: the format tag, a plain
 * step, each slot named `<parameter>/<kind>` for a parameter of the model, with its shape and
 * finite values, and every parameter that has been updated holding the same kinds of slot as the
 * others. Anything else is an error: a damaged file must never resume with moments silently zero.
 */
function readOptimizerState(path: string, params: Record<string, st.Variable<st.Shape, 'float32', st.Device>>): st.OptimizerState {
  const file = readSafetensors(path);
  if (file.metadata.format !== 'shapetype-optimizer') {
    throw new Error(`${path}: metadata "format" is ${JSON.stringify(file.metadata.format)}, not "shapetype-optimizer" (not an optimizer file?)`);
  }
  const stepText = file.metadata.step;
  if (stepText === undefined || !plainCount.test(stepText) || !Number.isSafeInteger(Number(stepText))) {
    throw new Error(`${path}: metadata "step" must be a non-negative integer written in digits, got ${JSON.stringify(stepText)}`);
  }
  const step = Number(stepText);
  const paramSteps = parseParamSteps(path, file.metadata.paramSteps, step, params);
  const kindsOf = new Map<string, Set<string>>();
  for (const [key, t] of Object.entries(file.tensors)) {
    const cut = key.lastIndexOf('/');
    const name = key.slice(0, Math.max(0, cut));
    const kind = key.slice(cut + 1);
    const param = params[name];
    if (cut < 0 || param === undefined || !slotKind.test(kind)) {
      throw new Error(`${path}: optimizer slot '${key}' is not <parameter>/<slot> for a parameter of the model`);
    }
    if (t.dtype !== 'F32') throw new Error(`${path}: optimizer slot '${key}' holds ${t.storedDtype} values, not floats`);
    if (!sameShape(param.shape, t.shape)) {
      throw new Error(`${path}: optimizer slot '${key}' has shape ${formatShape(t.shape)} but its parameter has ${formatShape(param.shape)}`);
    }
    const bad = t.data.findIndex((x) => !Number.isFinite(x));
    if (bad >= 0) throw new Error(`${path}: optimizer slot '${key}' holds a non-finite value (${t.data[bad]} at index ${bad})`);
    kindsOf.set(name, (kindsOf.get(name) ?? new Set()).add(kind));
  }
  const kinds = [...new Set([...kindsOf.values()].flatMap((k) => [...k]))].sort();
  if (step > 0 && kinds.length === 0 && Object.keys(params).length > 0) {
    throw new Error(`${path}: the optimizer took ${step} steps but the file holds no slots (its moments are missing)`);
  }
  for (const name of Object.keys(params)) {
    const updated = (paramSteps === undefined ? step : (paramSteps[name] ?? 0)) > 0;
    const has = kindsOf.get(name) ?? new Set<string>();
    const missing = kinds.filter((k) => !has.has(k));
    if ((updated || has.size > 0) && missing.length > 0) {
      throw new Error(`${path}: optimizer slot '${name}/${missing[0]}' is missing (the other parameters have slots ${kinds.join(', ')})`);
    }
  }
  const slots: st.OptimizerState['slots'] = {};
  for (const [key, t] of Object.entries(file.tensors)) if (t.dtype === 'F32') slots[key] = st.tensor(t.data, t.shape, 'float32');
  return { step, paramSteps, slots };
}

/**
 * Loads the checkpoint state.json in dir names (checking every file against it), with the model on
 * device (default: the default device). Pass optimizerState to Optimizer.setState, then dispose it.
 */
export function loadCheckpoint(dir: string): LoadedCheckpoint<st.DefaultDevice>;
export function loadCheckpoint<Dev extends st.Device>(dir: string, device: Dev): LoadedCheckpoint<Dev>;
export function loadCheckpoint(dir: string, device: st.Device = 'default'): LoadedCheckpoint<st.Device> {
  const statePath = join(dir, STATE_FILE);
  if (!existsSync(statePath)) {
    throw new Error(
      `checkpoint ${dir}: no ${STATE_FILE}, so no complete checkpoint (a save writes it last). ` +
        `For a folder of only ${MODEL_FILE} and ${CONFIG_FILE}, use importHuggingFace.`,
    );
  }
  const state = parseState(readJson(statePath), statePath);
  const path = (name: string): string | undefined => {
    const record = state.files[name];
    return record === undefined ? undefined : resolveFile(dir, name, record);
  };
  const configPath = path(CONFIG_FILE) ?? join(dir, CONFIG_FILE);
  const modelPath = path(MODEL_FILE) ?? join(dir, MODEL_FILE);
  const optimizerPath = path(OPTIMIZER_FILE);
  const { config, tied } = readConfigFile(configPath);
  const model = buildModel(config, device, readSafetensors(modelPath).tensors, modelPath, tied);
  try {
    const loaded: LoadedCheckpoint<st.Device> = { model, config, step: state.step, rngState: state.rngState };
    if (optimizerPath !== undefined) loaded.optimizerState = readOptimizerState(optimizerPath, plainParameters(model));
    if (state.extra !== undefined) loaded.extra = state.extra;
    return loaded;
  } catch (e) {
    model.dispose();
    throw e;
  }
}
