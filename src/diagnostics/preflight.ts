// `train --check`: the probes, run on the model a training run is about to start from, before the
// first step. Causality, evaluation determinism and wasted computation on the model itself; gradient flow over a few
// steps of a scratch copy (same config and seed), so the run's own weights, optimizer and data
// stream stay untouched.
import * as st from '../ops/index.js';
import type { LlamaConfig } from '../llama/config.js';
import type { LlamaOf } from '../llama/model.js';
import { plainParameters } from '../io/checkpoint.js';
import { generate } from '../llama/sample.js';
import { checkCausal, formatCausality } from './causal.js';
import { checkEvalDeterminism, formatDeterminism } from './determinism.js';
import { formatGradientReport, GradientMonitor } from './gradflow.js';
import { checkWastedComputation, formatWaste } from './waste.js';

type Model = LlamaOf<LlamaConfig>;

export interface PreflightOptions {
  /** A fresh model equal to the one being checked (the gradient-flow steps train it, then free it). */
  scratch: () => Model;
  /** Training batches for the gradient-flow steps. */
  batch: () => { inputs: st.Tensor<[number, number], 'int32'>; targets: st.Tensor<[number, number], 'int32'> };
  /** The optimizer's settings for those steps (the run's peak learning rate). */
  learningRate: number;
  weightDecay: number;
  /** Gradient-flow steps (default 10). */
  steps?: number;
}

export interface PreflightResult {
  ok: boolean;
  /** Each check's verdict and details, ready to print. */
  text: string;
}

/** Runs causality, evaluation determinism, wasted computation and gradient flow; ok when none of them found a problem. */
export function preflight(model: Model, options: PreflightOptions): PreflightResult {
  const sections: string[] = [];
  let ok = true;

  const causal = checkCausal(model, { length: Math.min(16, model.config.maxSeqLen) });
  ok &&= causal.ok;
  sections.push(formatCausality(causal));

  const prompt = Int32Array.from([0, 1 % model.config.vocabSize]);
  const determinism = checkEvalDeterminism(model, { sample: (seed) => generate(model, prompt, { tokens: 8, temperature: 0, seed }) });
  ok &&= determinism.ok;
  sections.push(formatDeterminism(determinism));

  const waste = checkWastedComputation(model, () => model.forward(st.tensor(Int32Array.from({ length: 8 }, (_, i) => i % model.config.vocabSize), [1, 8], 'int32')));
  ok &&= waste.ok;
  sections.push(formatWaste(waste));

  const scratch = options.scratch();
  const params = plainParameters(scratch);
  const optimizer = new st.AdamW({ learningRate: options.learningRate, weightDecay: options.weightDecay, decays: (_n, shape) => shape.length >= 2 });
  const monitor = new GradientMonitor(params, { vocabSize: scratch.config.vocabSize });
  try {
    for (let i = 0; i < (options.steps ?? 10); i++) {
      const { inputs, targets } = options.batch();
      st.tidy(() => {
        const { value, grads } = st.variableGrads(() => scratch.loss(inputs, targets, { training: true, seed: i }), params);
        monitor.observe(value.item(), grads, () => optimizer.apply(params, grads));
      });
      st.dispose([inputs, targets]);
    }
    const flow = monitor.report();
    ok &&= flow.warnings.length === 0;
    sections.push(flow.warnings.length === 0
      ? `gradient flow: ok: every parameter gets a gradient and moves; loss ${flow.firstLoss.toFixed(3)} -> ${flow.lastLoss.toFixed(3)} over ${flow.steps} steps of a scratch copy`
      : `gradient flow: PROBLEM:\n${formatGradientReport(flow)}`);
  } finally {
    optimizer.dispose();
    scratch.dispose();
  }
  return { ok, text: sections.join('\n') };
}
