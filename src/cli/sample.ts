// `shapetype sample`: text from a run folder's checkpoint.
import { parseArgs } from 'node:util';
import * as st from '../index.js';
import { loadCheckpoint } from '../io/checkpoint.js';
import { sampleText } from '../llama/sample.js';
import { CharTokenizer } from '../text/tokenizer.js';
import { int, joinNegativeValues, num } from './args.js';
import { trainUsage } from './train.js';

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

export async function sampleCommand(args: string[]): Promise<void> {
  const valueFlags = Object.entries(sampleFlags).filter(([, f]) => f.type === 'string').map(([name]) => name);
  const { values: v } = parseArgs({ args: joinNegativeValues(args, valueFlags), options: sampleFlags, strict: true });
  if (v.help) {
    process.stdout.write(trainUsage);
    return;
  }
  if (v.run === undefined) throw new Error('sample needs --run DIR (a run folder with a checkpoint)');
  const settings = {
    tokens: int('tokens', v.tokens, 300, { min: 0 }), temperature: num('temperature', v.temperature, 0.8, { min: 0 }),
    topK: int('top-k', v['top-k'], 40, { min: 1 }), seed: int('seed', v.seed, 1, { min: 0, max: 0xffffffff }), useCache: !v['no-cache'],
  };
  if (v.backend !== undefined) await st.setBackend(v.backend);
  const loaded = loadCheckpoint(v.run);
  let text: string;
  try {
    const vocab = loaded.extra?.tokenizer;
    if (typeof vocab !== 'string') throw new Error(`${v.run}: the checkpoint holds no tokenizer vocabulary`);
    const tokenizer = new CharTokenizer(vocab);
    if (tokenizer.size !== loaded.config.vocabSize) {
      throw new Error(`${v.run}: the checkpoint's tokenizer has ${tokenizer.size} characters but its model a vocabulary of ${loaded.config.vocabSize}`);
    }
    tokenizer.encode(v.prompt, '--prompt');
    text = sampleText(loaded.model, tokenizer, v.prompt, settings);
  } finally {
    loaded.model.dispose();
    st.dispose(loaded.optimizerState?.slots);
  }
  process.stdout.write(`${text}\n`);
}

