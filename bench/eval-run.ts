// A run folder's checkpoint evaluated on fixed val windows of another length (or count): e.g. a
// model trained with context 128 measured on the 64-character windows of a context-64 run.
// Usage: npx tsx bench/eval-run.ts RUN_DIR [--context=64] [--windows=256] [--batch=16] [--data=data/tinyshakespeare.txt]
import { loadCheckpoint } from '../src/io/checkpoint.js';
import * as st from '../src/index.js';
import { evaluate } from '../src/train/train.js';
import { fixedWindows, loadCorpus } from '../src/train/data.js';

const run = process.argv[2];
if (run === undefined || run.startsWith('--')) throw new Error('eval-run: give a run folder first');
const opt = (name: string, fallback: string): string => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const context = Number(opt('context', '64'));
const windows = Number(opt('windows', '256'));
const batch = Number(opt('batch', '16'));
const corpus = loadCorpus(opt('data', 'data/tinyshakespeare.txt'));
const loaded = loadCheckpoint(run);
st.dispose(loaded.optimizerState?.slots);
for (const [name, tokens] of [['val', corpus.val], ['train', corpus.train]] as const) {
  const loss = evaluate(loaded.model, tokens, fixedWindows(tokens, windows, context), batch, context);
  console.log(`${run} step ${loaded.step}: ${name} loss ${loss.toFixed(4)} on ${windows} fixed windows of ${context}`);
}
loaded.model.dispose();
