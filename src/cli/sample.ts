// `shapetype sample`: text from a run folder's checkpoint.
import { parseArgs } from 'node:util';
import * as st from '../index.js';
import { loadCheckpoint } from '../io/checkpoint.js';
import { sampleText } from '../llama/sample.js';
import { CharTokenizer } from '../text/tokenizer.js';
import { int, num } from './args.js';
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
  const { values: v } = parseArgs({ args, options: sampleFlags, strict: true });
  if (v.help) {
    process.stdout.write(trainUsage);
    return;
  }
  if (v.run === undefined) throw new Error('sample needs --run DIR (a run folder with a checkpoint)');
  if (v.backend !== undefined) await st.setBackend(v.backend);
  const loaded = loadCheckpoint(v.run);
  const vocab = loaded.extra?.tokenizer;
  if (typeof vocab !== 'string') throw new Error(`${v.run}: the checkpoint holds no tokenizer vocabulary`);
  const tokenizer = new CharTokenizer(vocab);
  const text = sampleText(loaded.model, tokenizer, v.prompt, {
    tokens: int('tokens', v.tokens, 300), temperature: num('temperature', v.temperature, 0.8),
    topK: int('top-k', v['top-k'], 40), seed: int('seed', v.seed, 1), useCache: !v['no-cache'],
  });
  process.stdout.write(`${text}\n`);
  loaded.model.dispose();
}

