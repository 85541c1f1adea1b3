// `shapetype compare`: a model's activations, layer by layer, against a reference dump
// (scripts/reference/llama_reference.py dump), for the dump's tokens.
import { parseArgs } from 'node:util';
import * as st from '../index.js';
import { compareActivations, formatComparison, readReference } from '../diagnostics/compare.js';
import { recordActivations } from '../diagnostics/trace.js';
import { importHuggingFace } from '../io/checkpoint.js';
import { num } from './args.js';

const compareFlags = {
  model: { type: 'string' },
  reference: { type: 'string' },
  tolerance: { type: 'string' },
  backend: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

export const compareUsage = `Usage:
  shapetype compare --model DIR --reference DUMP.safetensors [--tolerance X] [--backend NAME]

DIR is a Hugging Face folder or a run folder (config.json + model.safetensors); DUMP is what
  /usr/bin/python3 scripts/reference/llama_reference.py dump --model DIR --out DUMP.safetensors
wrote. Prints the max abs error of each activation (embedding, each block's attention and MLP
outputs, the final norm, the logits) and names the first that differs by more than the tolerance
(default 1e-4); exits 1 when one does.
`;

export async function compareCommand(args: string[]): Promise<void> {
  const { values: v } = parseArgs({ args, options: compareFlags, strict: true });
  if (v.help) {
    process.stdout.write(compareUsage);
    return;
  }
  if (v.model === undefined) throw new Error('compare needs --model DIR (a Hugging Face or run folder)');
  if (v.reference === undefined) throw new Error('compare needs --reference DUMP.safetensors (written by scripts/reference/llama_reference.py dump)');
  const tolerance = num('tolerance', v.tolerance, 1e-4, { above: 0 });
  if (v.backend !== undefined) await st.setBackend(st.backendName(v.backend));
  const dump = readReference(v.reference);
  const { model, config } = importHuggingFace(v.model);
  try {
    const [batch, length] = dump.tokens.shape;
    for (const id of dump.tokens.data) {
      if (id < 0 || id >= config.vocabSize) throw new Error(`${v.reference}: token ${id} is outside the model's vocabulary of ${config.vocabSize}`);
    }
    if (length > config.maxSeqLen) throw new Error(`${v.reference}: ${length} tokens per row exceed the model's maxSeqLen ${config.maxSeqLen}`);
    const ours = recordActivations(model, () => model.forward(st.tensor(dump.tokens.data, [batch, length], 'int32')));
    const report = compareActivations(ours, dump.activations, tolerance);
    process.stdout.write(`${v.model} against ${v.reference} (tokens [${batch}, ${length}], backend ${st.getDefaultBackend()}):\n${formatComparison(report)}\n`);
    if (!report.ok) throw new Error(`compare: ${report.firstDifference} differs from the reference`);
  } finally {
    model.dispose();
  }
}
