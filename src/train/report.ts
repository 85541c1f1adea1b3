// What a training run shows and leaves behind: a model summary, a progress line, metrics as JSON
// lines, and a loss-curve picture (SVG).
import { writeFileAtomic } from '../io/files.js';
import type { LlamaConfig } from '../llama/config.js';

/** Parameter counts per module, the total, and training FLOPs per token. */
export function modelSummary(config: LlamaConfig, parameters: Record<string, { shape: readonly number[] }>, context: number): string {
  const groups = new Map<string, number>();
  let total = 0;
  for (const [name, p] of Object.entries(parameters)) {
    const n = p.shape.reduce((a, b) => a * b, 1);
    total += n;
    // model.layers.3.self_attn.q_proj.weight -> layers.3.self_attn
    const parts = name.replace(/^model\./, '').split('.');
    const group = parts[0] === 'layers' ? parts.slice(0, 3).join('.') : parts[0];
    groups.set(group, (groups.get(group) ?? 0) + n);
  }
  // Training FLOPs per token: 6 per weight (forward 2, backward 4) plus attention's 12 * L * D * T (PaLM, nanoGPT).
  const flopsPerToken = 6 * total + 12 * config.nLayers * config.dim * context;
  const headDim = config.dim / config.nHeads;
  const lines = [
    `Llama: vocab ${config.vocabSize}, dim ${config.dim}, ${config.nLayers} layers, ${config.nHeads} heads (${config.nKvHeads} kv, head dim ${headDim}), context ${context}`,
    ...[...groups.entries()].map(([g, n]) => `  ${g.padEnd(36)} ${n.toLocaleString('en-US').padStart(10)}`),
    `  ${'total'.padEnd(36)} ${total.toLocaleString('en-US').padStart(10)} parameters`,
    `  ${'training FLOPs per token'.padEnd(36)} ${(flopsPerToken / 1e6).toFixed(2)} M`,
  ];
  return lines.join('\n');
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Progress: a bar redrawn in place on a terminal, plain lines every `every` steps otherwise. */
export class Progress {
  private lastLine = 0;
  constructor(private readonly total: number, private readonly isTTY: boolean, private readonly every: number, private readonly write: (s: string) => void) {}

  update(step: number, loss: number, tokensPerSecond: number, elapsed: number, startStep: number): void {
    const done = step - startStep;
    const eta = done > 0 ? ((this.total - step) * elapsed) / done : Infinity;
    const stats = `step ${step}/${this.total}  loss ${loss.toFixed(4)}  ${Math.round(tokensPerSecond)} tok/s  elapsed ${formatDuration(elapsed)}  eta ${formatDuration(eta)}`;
    if (this.isTTY) {
      const width = 24;
      const filled = Math.round((width * step) / this.total);
      this.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${stats}\x1b[K`);
      this.lastLine = step;
    } else if (step === this.total || step - this.lastLine >= this.every) {
      this.write(`${stats}\n`);
      this.lastLine = step;
    }
  }

  /** Prints a line above the bar (evaluations, checkpoints). */
  note(line: string): void {
    this.write(this.isTTY ? `\r${line}\x1b[K\n` : `${line}\n`);
  }

  finish(): void {
    if (this.isTTY) this.write('\n');
  }
}

/** One metrics record; written as a JSON line. */
export interface MetricsRecord {
  step: number;
  time: number;
  trainLoss?: number;
  valLoss?: number;
  learningRate?: number;
  gradNorm?: number;
  tokensPerSecond?: number;
}

/** A y axis: where a loss goes (0 bottom, 1 top), and its ticks. */
interface LossAxis {
  log: boolean;
  position(loss: number): number;
  ticks: { value: number; label: string }[];
}

/** Tick spacing 1, 2 or 5 times a power of ten giving at most maxTicks + 1 ticks over span. */
function niceStep(span: number, maxTicks: number): number {
  const raw = span / maxTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

function tickLabel(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 1e5 || a < 1e-3 ? v.toExponential(0).replace('e+', 'e') : String(Number(v.toPrecision(6)));
}

/**
 * The loss axis: linear with nice ticks (at most 8), or, when the losses span more than a
 * factor of 50 (a diverging run), log-scaled with ticks at powers of ten (at most 10). Either way
 * the tick count is bounded for any finite losses up to Number.MAX_VALUE.
 */
export function lossAxis(losses: readonly number[]): LossAxis {
  const finite = losses.filter((l) => Number.isFinite(l));
  const positive = finite.filter((l) => l > 0);
  const lo0 = Math.min(...finite, 10);
  const hi0 = Math.max(...finite, 0);
  if (positive.length > 0 && Math.max(...positive) / Math.min(...positive) > 50) {
    const a = Math.floor(Math.log10(Math.min(...positive)));
    const b = Math.ceil(Math.log10(Math.max(...positive)));
    const every = Math.max(1, Math.ceil((b - a) / 9));
    const ticks: LossAxis['ticks'] = [];
    for (let k = a; k <= b; k += every) ticks.push({ value: 10 ** k, label: tickLabel(10 ** k) });
    const floor = 10 ** a;
    return {
      log: true,
      position: (l) => (Math.log10(Math.max(l, floor)) - a) / Math.max(1, b - a),
      ticks,
    };
  }
  const lo1 = Math.max(0, lo0);
  const hi1 = Math.max(hi0, lo1 + 0.5);
  // Halve the span to scale before dividing: (hi - lo) can overflow for losses near MAX_VALUE.
  const step = niceStep(hi1 / 2 - lo1 / 2, 4);
  const lo = Math.floor(lo1 / step) * step;
  const hi = Math.ceil(hi1 / step) * step;
  const ticks: LossAxis['ticks'] = [];
  for (let k = 0; k <= 9 && lo + k * step <= hi * (1 + 1e-12); k++) {
    const v = lo + k * step;
    ticks.push({ value: v, label: tickLabel(v) });
  }
  return { log: false, position: (l) => (l / 2 - lo / 2) / Math.max(Number.MIN_VALUE, hi / 2 - lo / 2), ticks };
}

/** The loss curves (train, smoothed; val points) as an SVG picture. */
export function lossCurveSvg(records: readonly MetricsRecord[], title: string): string {
  const train = records.filter((r) => r.trainLoss !== undefined).map((r) => [r.step, r.trainLoss ?? 0] as const);
  const val = records.filter((r) => r.valLoss !== undefined).map((r) => [r.step, r.valLoss ?? 0] as const);
  const all = [...train, ...val];
  const width = 720;
  const height = 420;
  const left = 60;
  const right = 20;
  const top = 40;
  const bottom = 50;
  const maxStep = Math.max(1, ...all.map(([s]) => s));
  const axis = lossAxis(all.map(([, l]) => l));
  const x = (s: number): number => left + ((width - left - right) * s) / maxStep;
  const y = (l: number): number => top + (height - top - bottom) * (1 - axis.position(l));
  // Exponential moving average of the train loss, so the curve reads through step noise.
  let ema = train.length > 0 ? train[0][1] : 0;
  const smooth = train.map(([s, l]) => {
    ema = 0.9 * ema + 0.1 * l;
    return [s, ema] as const;
  });
  const path = (pts: readonly (readonly [number, number])[]): string =>
    pts.map(([s, l], i) => `${i === 0 ? 'M' : 'L'}${x(s).toFixed(1)},${y(l).toFixed(1)}`).join(' ');
  const ticks: string[] = [];
  for (const t of axis.ticks) {
    ticks.push(`<line x1="${left}" x2="${width - right}" y1="${y(t.value)}" y2="${y(t.value)}" stroke="#ddd"/><text x="${left - 8}" y="${y(t.value) + 4}" text-anchor="end">${t.label}</text>`);
  }
  for (let i = 0; i <= 5; i++) {
    const s = Math.round((maxStep * i) / 5);
    ticks.push(`<text x="${x(s)}" y="${height - bottom + 18}" text-anchor="middle">${s}</text>`);
  }
  const escape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="15">${escape(title)}</text>`,
    ...ticks,
    `<line x1="${left}" x2="${left}" y1="${top}" y2="${height - bottom}" stroke="#333"/>`,
    `<line x1="${left}" x2="${width - right}" y1="${height - bottom}" y2="${height - bottom}" stroke="#333"/>`,
    `<text x="${width / 2}" y="${height - 12}" text-anchor="middle">step</text>`,
    `<text x="16" y="${height / 2}" transform="rotate(-90 16 ${height / 2})" text-anchor="middle">cross-entropy (nats/char)${axis.log ? ', log scale' : ''}</text>`,
    `<path d="${path(train)}" fill="none" stroke="#9ecae1" stroke-width="1"/>`,
    `<path d="${path(smooth)}" fill="none" stroke="#1f77b4" stroke-width="2"/>`,
    `<path d="${path(val)}" fill="none" stroke="#d62728" stroke-width="2"/>`,
    ...val.map(([s, l]) => `<circle cx="${x(s)}" cy="${y(l)}" r="3" fill="#d62728"/>`),
    `<rect x="${width - right - 170}" y="${top + 6}" width="160" height="44" fill="white" stroke="#ccc"/>`,
    `<line x1="${width - right - 160}" x2="${width - right - 130}" y1="${top + 20}" y2="${top + 20}" stroke="#1f77b4" stroke-width="2"/><text x="${width - right - 124}" y="${top + 24}">train (smoothed)</text>`,
    `<line x1="${width - right - 160}" x2="${width - right - 130}" y1="${top + 38}" y2="${top + 38}" stroke="#d62728" stroke-width="2"/><text x="${width - right - 124}" y="${top + 42}">val</text>`,
    `</svg>`,
  ].join('\n');
}

/** Writes the loss-curve picture atomically. */
export function writeLossCurve(path: string, records: readonly MetricsRecord[], title: string): void {
  writeFileAtomic(path, lossCurveSvg(records, title));
}
