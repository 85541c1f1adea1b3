// The model and tokenizer of a folder `sample` reads: a training run's folder (its checkpoint, the
// vocabulary in state.json) or one `export` wrote (a Hugging Face folder with tokenizer.json).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as st from '../index.js';
import { importHuggingFace, loadCheckpoint, STATE_FILE } from '../io/checkpoint.js';
import type { LlamaConfig } from '../llama/config.js';
import type { LlamaOf } from '../llama/model.js';
import { TOKENIZER_FILE, tokenizerFromHuggingFace } from '../text/huggingface.js';
import { CharTokenizer } from '../text/tokenizer.js';

/** A model ready to sample from; dispose() frees it. */
export interface SamplingModel {
  model: LlamaOf<LlamaConfig, st.DefaultDevice>;
  tokenizer: CharTokenizer;
  dispose(): void;
}

/** Loads dir's model and tokenizer, checking that the two agree on the vocabulary. */
export function loadForSampling(dir: string): SamplingModel {
  if (existsSync(join(dir, STATE_FILE))) {
    const loaded = loadCheckpoint(dir);
    const dispose = (): void => {
      loaded.model.dispose();
      st.dispose(loaded.optimizerState?.slots);
    };
    const vocab = loaded.extra?.tokenizer;
    if (typeof vocab !== 'string') {
      dispose();
      throw new Error(`${dir}: the checkpoint holds no tokenizer vocabulary`);
    }
    return checked(dir, { model: loaded.model, tokenizer: new CharTokenizer(vocab), dispose });
  }
  const tokenizerPath = join(dir, TOKENIZER_FILE);
  if (!existsSync(tokenizerPath)) {
    throw new Error(`${dir}: neither a run folder (no ${STATE_FILE}) nor an exported model folder (no ${TOKENIZER_FILE})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(tokenizerPath, 'utf8'));
  } catch (e) {
    throw new Error(`${tokenizerPath}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const tokenizer = tokenizerFromHuggingFace(json, tokenizerPath);
  const { model } = importHuggingFace(dir);
  return checked(dir, { model, tokenizer, dispose: () => model.dispose() });
}

function checked(dir: string, m: SamplingModel): SamplingModel {
  if (m.tokenizer.size !== m.model.config.vocabSize) {
    m.dispose();
    throw new Error(`${dir}: the tokenizer has ${m.tokenizer.size} characters but the model a vocabulary of ${m.model.config.vocabSize}`);
  }
  return m;
}
