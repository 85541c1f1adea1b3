// `shapetype sample`: text from a run folder's checkpoint, or from a folder `export` wrote.
import { parseArgs } from 'node:util';
import * as st from '../index.js';
import { sampleText } from '../llama/sample.js';
import { int, joinNegativeValues, num } from './args.js';
import { helpText, type FlagDocs } from './help.js';
import { loadForSampling } from './model-folder.js';

const sampleFlags = {
  run: { type: 'string' },
  prompt: { type: 'string', default: '\n' },
  tokens: { type: 'string', default: '300' },
  temperature: { type: 'string', default: '0.8' },
  'top-k': { type: 'string', default: '40' },
  seed: { type: 'string', default: '1' },
  'no-cache': { type: 'boolean', default: false },
  backend: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

const sampleDocs: FlagDocs<typeof sampleFlags> = {
  run: { value: 'DIR', text: 'a run folder, or a folder written by `shapetype export` (required)' },
  prompt: { value: 'TEXT', text: 'text to continue' },
  tokens: { value: 'N', text: `new tokens to draw (at most ${st.maxGenerateTokens})` },
  temperature: { value: 'T', text: 'divides the logits; 0 picks the most likely token' },
  'top-k': { value: 'K', text: 'draw only among the K most likely tokens' },
  seed: { value: 'S', text: 'seed of the draws (one seed, one text)' },
  'no-cache': { text: 'recompute the whole window each token instead of reusing keys and values (same text, slower)' },
  backend: { value: 'NAME', text: 'wasm, cpu, or tensorflow', default: 'wasm, else cpu' },
  help: { text: 'print this help' },
};

export const sampleUsage = helpText('shapetype sample --run DIR [--prompt TEXT] [flags]', 'Prints the prompt and its continuation.', sampleFlags, sampleDocs);

export async function sampleCommand(args: string[]): Promise<void> {
  const { values: v } = parseArgs({ args: joinNegativeValues(args, sampleFlags), options: sampleFlags, strict: true });
  if (v.help) {
    process.stdout.write(sampleUsage);
    return;
  }
  if (v.run === undefined) throw new Error('sample needs --run DIR (a run folder with a checkpoint, or a folder shapetype export wrote)');
  const settings = {
    tokens: int('tokens', v.tokens, 300, { min: 0, max: st.maxGenerateTokens }), temperature: num('temperature', v.temperature, 0.8, { min: 0 }),
    topK: int('top-k', v['top-k'], 40, { min: 1 }), seed: int('seed', v.seed, 1, { min: 0, max: 0xffffffff }), useCache: !v['no-cache'],
  };
  if (v.backend !== undefined) await st.setBackend(st.backendName(v.backend));
  const loaded = loadForSampling(v.run);
  let text: string;
  try {
    loaded.tokenizer.encode(v.prompt, '--prompt');
    text = sampleText(loaded.model, loaded.tokenizer, v.prompt, settings);
  } finally {
    loaded.dispose();
  }
  process.stdout.write(`${text}\n`);
}
