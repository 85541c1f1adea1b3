// Gradient flow over a window of training steps, per parameter: the gradient's norm, and the size of
// each update against the weight's (Karpathy's rule of thumb: about 1e-3). The warnings are the
// post's bugs that trained anyway: a parameter that never gets a gradient, one the optimizer never
// moves (an optimizer built on another model's parameters, a schedule stuck at 0), one whose value
// collapses toward 0 (a learnable SwiGLU beta), and a loss that stays at ln(vocab).
import * as st from '../ops/index.js';
import type { Shape } from '../shapes/core.js';
import { fmt } from './model.js';

type Param = st.Variable<Shape, 'float32', st.Device>;
type Grad = st.Tensor<Shape, 'float32', st.Device>;

export interface GradientMonitorOptions {
  /** The model's vocabulary: enables the ln(vocab) loss warning. */
  vocabSize?: number;
  /** Steps kept (the report covers the last this many; default 50). */
  window?: number;
}

/** What one step did to one parameter. */
interface StepRecord {
  gradNorm: number;
  weightNorm: number;
  updateNorm: number;
  /** The weight's norm after the update. */
  afterNorm: number;
}

/** One parameter's figures over the window. */
export interface ParameterFlow {
  name: string;
  size: number;
  /** Mean and largest gradient norm. */
  meanGradNorm: number;
  maxGradNorm: number;
  /** Mean of |update| / |weight| per step. */
  meanUpdateRatio: number;
  /** RMS of the weight at the window's start and end. */
  startRms: number;
  endRms: number;
  warnings: string[];
}

export interface GradientReport {
  steps: number;
  parameters: ParameterFlow[];
  /** First and last loss of the window. */
  firstLoss: number;
  lastLoss: number;
  warnings: string[];
}

/** The L2 norm of x, read back. */
function norm(x: st.Tensor<Shape, 'float32', st.Device>): number {
  return st.tidy(() => Math.sqrt(st.sum(st.square(x)).dataSync()[0]));
}
// Generic in the device: the ops then take their plain signatures; on the run-time union st.Device
// they went to the checked ones (a few thousand instantiations per op).
/** The L2 norm of a - b, read back. */
function distance<Dev extends st.Device>(a: st.Tensor<Shape, 'float32', Dev>, b: st.Tensor<Shape, 'float32', Dev>): number {
  return st.tidy(() => norm(st.sub(a, b)));
}
/** A copy of x's current values. */
function snapshot<Dev extends st.Device>(x: st.Tensor<Shape, 'float32', Dev>): st.Tensor<Shape, 'float32', Dev> {
  return st.keep(st.mul(x, 1));
}

/**
 * Watches training steps. Call observe once per step with the loss, the gradients and the
 * optimizer's update (a function that applies it): it measures the weights before and after.
 */
export class GradientMonitor {
  private readonly records = new Map<string, StepRecord[]>();
  private losses: number[] = [];
  private readonly window: number;

  constructor(private readonly params: Record<string, Param>, private readonly options: GradientMonitorOptions = {}) {
    this.window = options.window ?? 50;
    if (!Number.isInteger(this.window) || this.window < 1) throw new Error(`GradientMonitor: window must be a positive integer, got ${this.window}`);
    for (const name of Object.keys(params)) this.records.set(name, []);
  }

  /** Applies one step through update, recording gradient norms and the change update made to each parameter. */
  observe(loss: number, grads: Partial<Record<string, Grad>>, update: () => void): void {
    const names = Object.keys(this.params);
    const before = names.map((n) => snapshot(this.params[n]));
    try {
      const gradNorms = names.map((n) => {
        const g = grads[n];
        return g === undefined ? 0 : norm(g);
      });
      const weightNorms = before.map((w) => norm(w));
      update();
      const updateNorms = names.map((n, i) => distance(this.params[n], before[i]));
      const afterNorms = names.map((n) => norm(this.params[n]));
      names.forEach((n, i) => {
        const list = this.records.get(n) ?? [];
        list.push({ gradNorm: gradNorms[i], weightNorm: weightNorms[i], updateNorm: updateNorms[i], afterNorm: afterNorms[i] });
        if (list.length > this.window) list.shift();
        this.records.set(n, list);
      });
      this.losses.push(loss);
      if (this.losses.length > this.window) this.losses.shift();
    } finally {
      st.dispose(before);
    }
  }

  /** Forgets the steps seen so far (the next report starts a new window). */
  reset(): void {
    for (const name of this.records.keys()) this.records.set(name, []);
    this.losses = [];
  }

  /** The window's figures and warnings. */
  report(): GradientReport {
    const parameters: ParameterFlow[] = [];
    for (const [name, list] of this.records) {
      const size = this.params[name].size;
      const rms = (n: number): number => n / Math.sqrt(Math.max(1, size));
      const flow: ParameterFlow = {
        name, size,
        meanGradNorm: list.reduce((s, r) => s + r.gradNorm, 0) / Math.max(1, list.length),
        maxGradNorm: list.reduce((s, r) => Math.max(s, r.gradNorm), 0),
        meanUpdateRatio: list.reduce((s, r) => s + r.updateNorm / Math.max(r.weightNorm, 1e-12), 0) / Math.max(1, list.length),
        startRms: list.length > 0 ? rms(list[0].weightNorm) : NaN,
        endRms: list.length > 0 ? rms(list[list.length - 1].afterNorm) : NaN,
        warnings: [],
      };
      if (list.length > 0) {
        const gradless = list.every((r) => r.gradNorm === 0);
        if (gradless) flow.warnings.push('its gradient is zero at every step: it does not affect the loss (built but never used? cut off from the output?)');
        if (!gradless && list.every((r) => r.updateNorm === 0)) {
          flow.warnings.push('the optimizer never changed it although its gradient is not zero (an optimizer built on another model\'s parameters? a learning rate of 0?)');
        }
        // The weight's RMS fell below a tenth of where the window started, to a small value: it is collapsing toward 0.
        if (list.length >= 2 && flow.startRms > 0 && flow.endRms < 0.1 * flow.startRms && flow.endRms < 1e-2) {
          flow.warnings.push(`its value collapsed toward 0 (RMS ${fmt(flow.startRms)} -> ${fmt(flow.endRms)} over ${list.length} steps)`);
        }
      }
      parameters.push(flow);
    }
    // One line per warning: the parameters it concerns named before it (the first few when many share it).
    const byWarning = new Map<string, string[]>();
    for (const p of parameters) for (const w of p.warnings) byWarning.set(w, [...(byWarning.get(w) ?? []), p.name]);
    const warnings: string[] = [];
    for (const [w, names] of byWarning) {
      const who = names.length <= 3 ? names.join(', ') : `${names.length} of ${parameters.length} parameters (${names.slice(0, 3).join(', ')}, ...)`;
      warnings.push(`${who}: ${w}`);
    }
    const steps = this.losses.length;
    const firstLoss = steps > 0 ? this.losses[0] : NaN;
    const lastLoss = steps > 0 ? this.losses[steps - 1] : NaN;
    const vocab = this.options.vocabSize;
    if (vocab !== undefined && steps >= 5) {
      const chance = Math.log(vocab);
      // Every loss of the window within 3% of chance: the model predicts the uniform distribution.
      if (this.losses.every((l) => Math.abs(l - chance) < 0.03 * chance)) {
        warnings.push(`the loss stayed at ln(vocab) = ln ${vocab} = ${chance.toFixed(2)} for ${steps} steps (${firstLoss.toFixed(3)} -> ${lastLoss.toFixed(3)}): the model is not learning (is the optimizer updating this model's parameters?)`);
      }
    }
    return { steps, parameters, firstLoss, lastLoss, warnings };
  }
}

/** The report as a table (one row per parameter) and its warnings. */
export function formatGradientReport(report: GradientReport): string {
  const width = Math.max(9, ...report.parameters.map((p) => p.name.length));
  const lines = [
    `gradient flow over ${report.steps} steps (loss ${fmt(report.firstLoss)} -> ${fmt(report.lastLoss)}):`,
    `  ${'parameter'.padEnd(width)}  grad norm (mean / max)  update/weight  weight RMS (start -> end)`,
  ];
  for (const p of report.parameters) {
    const grad = `${fmt(p.meanGradNorm)} / ${fmt(p.maxGradNorm)}`;
    lines.push(`  ${p.name.padEnd(width)}  ${grad.padStart(22)}  ${fmt(p.meanUpdateRatio).padStart(13)}  ${fmt(p.startRms)} -> ${fmt(p.endRms)}${p.warnings.length > 0 ? '  <- !' : ''}`);
  }
  if (report.warnings.length === 0) lines.push('  no warnings');
  else for (const w of report.warnings) lines.push(`  WARNING: ${w}`);
  return lines.join('\n');
}
