// `shapetype inspect`: pictures of a run's model as heatmap PNGs (a weight matrix, the RoPE table).
import { parseArgs } from 'node:util';
import * as st from '../index.js';
import { heatmapPng, writeHeatmap, ropeTable, type HeatmapInfo } from '../diagnostics/heatmap.js';
import { writeFileAtomic } from '../io/files.js';
import { headMap, recordAttention } from '../diagnostics/trace.js';
import { loadCheckpoint } from '../io/checkpoint.js';
import { CharTokenizer } from '../text/tokenizer.js';
import { int } from './args.js';

const inspectFlags = {
  run: { type: 'string' },
  out: { type: 'string' },
  weight: { type: 'string' },
  rope: { type: 'boolean', default: false },
  prompt: { type: 'string' },
  layer: { type: 'string' },
  head: { type: 'string' },
  backend: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

export const inspectUsage = `Usage:
  shapetype inspect --run DIR --prompt TEXT --layer L --head H --out FILE.png
                                                             attention weights of one head for a prompt
                                                             (rows: query positions, columns: keys)
  shapetype inspect --run DIR --weight NAME --out FILE.png   a parameter (Hugging Face name, our [in, out] orientation)
  shapetype inspect --run DIR --rope --out FILE.png          the RoPE table: cos then sin of each pair's angle, per position
`;

function describe(info: HeatmapInfo): string {
  return `${info.width} x ${info.height} px, colours from ${info.min.toPrecision(3)} to ${info.max.toPrecision(3)}`;
}

export async function inspectCommand(args: string[]): Promise<void> {
  const { values: v } = parseArgs({ args, options: inspectFlags, strict: true });
  if (v.help) {
    process.stdout.write(inspectUsage);
    return;
  }
  if (v.run === undefined) throw new Error('inspect needs --run DIR (a run folder with a checkpoint)');
  if (v.out === undefined) throw new Error('inspect needs --out FILE.png (where the picture goes)');
  const modes = [v.weight !== undefined, v.rope, v.prompt !== undefined].filter(Boolean).length;
  if (modes !== 1) throw new Error('inspect needs exactly one of --prompt TEXT (with --layer and --head), --weight NAME, --rope');
  if (v.backend !== undefined) await st.setBackend(st.backendName(v.backend));
  const { model, config, optimizerState, extra } = loadCheckpoint(v.run);
  st.dispose(optimizerState?.slots);
  try {
    if (v.prompt !== undefined) {
      const layer = int('layer', v.layer, 0, { min: 0, max: config.nLayers - 1 });
      const head = int('head', v.head, 0, { min: 0, max: config.nHeads - 1 });
      const vocab = extra?.tokenizer;
      if (typeof vocab !== 'string') throw new Error(`${v.run}: the checkpoint holds no tokenizer vocabulary`);
      const ids = new CharTokenizer(vocab).encode(v.prompt, '--prompt');
      if (ids.length > config.maxSeqLen) throw new Error(`--prompt: ${ids.length} tokens exceed the model's maxSeqLen ${config.maxSeqLen}`);
      const maps = recordAttention(model, () => model.forward(st.tensor(ids, [1, ids.length], 'int32')));
      const map = st.tensor(headMap(maps[layer], head), [ids.length, ids.length]);
      const info = writeHeatmap(v.out, map, { min: 0, max: 1 });
      map.dispose();
      process.stdout.write(`wrote ${v.out} (${describe(info)}): attention of layer ${layer} head ${head} over ${ids.length} tokens ${JSON.stringify(v.prompt)} ` +
        '(row i: how query position i weighs keys 0..i; viridis, 0 dark to 1 yellow)\n');
      return;
    }
    if (v.rope) {
      const headDim = config.dim / config.nHeads;
      const table = ropeTable(config.maxSeqLen, headDim, config.ropeTheta);
      const info = writeHeatmap(v.out, table, { colormap: 'diverging', min: -1, max: 1 });
      table.dispose();
      process.stdout.write(`wrote ${v.out} (${describe(info)}): RoPE table, ${config.maxSeqLen} positions (rows) x ` +
        `${headDim / 2} cosines then ${headDim / 2} sines (columns), theta ${config.ropeTheta}\n`);
      return;
    }
    const name = v.weight ?? '';
    const params = new Map(model.namedParameters());
    const p = params.get(name);
    if (p === undefined) {
      throw new Error(`--weight: the model has no parameter '${name}'; it has: ${[...params.keys()].slice(0, 6).join(', ')}, ...`);
    }
    const shape = p.shape;
    if (shape.length !== 1 && shape.length !== 2) throw new Error(`--weight: '${name}' has rank ${shape.length}; only matrices and vectors are drawn`);
    // The values as they lie (what writeHeatmap does with a matrix): reshaping the parameter's `number[]` shape to
    // [rows, columns] first made tsc try every reshape form (~2.3k instantiations) for a picture.
    const [rows, columns] = shape.length === 2 ? [shape[0], shape[1]] : [1, shape[0]];
    const { png, info } = heatmapPng(p.dataSync(), rows, columns, { colormap: 'diverging' });
    writeFileAtomic(v.out, png);
    process.stdout.write(`wrote ${v.out} (${describe(info)}): ${name} [${shape.join(', ')}]${shape.length === 2 ? ' (rows: inputs, columns: outputs)' : ''}\n`);
  } finally {
    model.dispose();
  }
}
