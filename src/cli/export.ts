// `shapetype export`: a run's checkpoint as a Hugging Face folder (config.json, model.safetensors,
// tokenizer.json, tokenizer_config.json) that transformers and tokenizers.js load, and that
// `shapetype sample --run` reads back.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as st from '../index.js';
import { exportHuggingFace, loadCheckpoint, STATE_FILE } from '../io/checkpoint.js';
import { writeFileAtomic } from '../io/files.js';
import { huggingFaceTokenizerConfig, huggingFaceTokenizerJson, TOKENIZER_CONFIG_FILE, TOKENIZER_FILE } from '../text/huggingface.js';
import { CharTokenizer } from '../text/tokenizer.js';
import { helpText, type FlagDocs } from './help.js';

const exportFlags = {
  run: { type: 'string' },
  out: { type: 'string' },
  backend: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

const exportDocs: FlagDocs<typeof exportFlags> = {
  run: { value: 'DIR', text: 'the run folder whose last checkpoint to export (required)' },
  out: { value: 'DIR', text: 'the folder to write (created if need be; not a run folder) (required)' },
  backend: { value: 'NAME', text: 'wasm, cpu, or tensorflow', default: 'wasm, else cpu' },
  help: { text: 'print this help' },
};

export const exportUsage = helpText(
  'shapetype export --run DIR --out DIR',
  `Writes the run's model as a Hugging Face Llama folder: config.json, model.safetensors, and the\n` +
    `character tokenizer as ${TOKENIZER_FILE} (the tokenizers format) and ${TOKENIZER_CONFIG_FILE}.`,
  exportFlags, exportDocs,
);

export async function exportCommand(args: string[]): Promise<void> {
  const { values: v } = parseArgs({ args, options: exportFlags, strict: true });
  if (v.help) {
    process.stdout.write(exportUsage);
    return;
  }
  if (v.run === undefined) throw new Error('export needs --run DIR (a run folder with a checkpoint)');
  if (v.out === undefined) throw new Error('export needs --out DIR (the folder to write)');
  // Writing over a run folder's config.json and model.safetensors would break its checkpoint.
  if (resolve(v.out) === resolve(v.run) || existsSync(join(v.out, STATE_FILE))) {
    throw new Error(`--out ${v.out} is a run folder (it holds ${STATE_FILE}); export to another folder`);
  }
  if (v.backend !== undefined) await st.setBackend(st.backendName(v.backend));
  const loaded = loadCheckpoint(v.run);
  try {
    const vocab = loaded.extra?.tokenizer;
    if (typeof vocab !== 'string') throw new Error(`${v.run}: the checkpoint holds no tokenizer vocabulary`);
    const tokenizer = new CharTokenizer(vocab);
    if (tokenizer.size !== loaded.config.vocabSize) {
      throw new Error(`${v.run}: the checkpoint's tokenizer has ${tokenizer.size} characters but its model a vocabulary of ${loaded.config.vocabSize}`);
    }
    exportHuggingFace(loaded.model, v.out);
    writeFileAtomic(join(v.out, TOKENIZER_FILE), `${JSON.stringify(huggingFaceTokenizerJson(tokenizer), null, 2)}\n`);
    writeFileAtomic(join(v.out, TOKENIZER_CONFIG_FILE), `${JSON.stringify(huggingFaceTokenizerConfig(loaded.config.maxSeqLen), null, 2)}\n`);
  } finally {
    loaded.model.dispose();
    st.dispose(loaded.optimizerState?.slots);
  }
  process.stdout.write(`wrote ${v.out}/{config.json,model.safetensors,${TOKENIZER_FILE},${TOKENIZER_CONFIG_FILE}}\n`);
}
