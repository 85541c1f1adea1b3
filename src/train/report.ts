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
  const losses = all.map(([, l]) => l).filter(Number.isFinite);
  const lo = Math.floor(Math.min(...losses, 10) * 2) / 2;
  const hi = Math.ceil(Math.max(...losses, lo + 0.5) * 2) / 2;
  const x = (s: number): number => left + ((width - left - right) * s) / maxStep;
  const y = (l: number): number => top + ((height - top - bottom) * (hi - l)) / Math.max(1e-9, hi - lo);
  // Exponential moving average of the train loss, so the curve reads through step noise.
  let ema = train.length > 0 ? train[0][1] : 0;
  const smooth = train.map(([s, l]) => {
    ema = 0.9 * ema + 0.1 * l;
    return [s, ema] as const;
  });
  const path = (pts: readonly (readonly [number, number])[]): string =>
    pts.map(([s, l], i) => `${i === 0 ? 'M' : 'L'}${x(s).toFixed(1)},${y(l).toFixed(1)}`).join(' ');
  const ticks: string[] = [];
  for (let l = lo; l <= hi + 1e-9; l += 0.5) {
    ticks.push(`<line x1="${left}" x2="${width - right}" y1="${y(l)}" y2="${y(l)}" stroke="#ddd"/><text x="${left - 8}" y="${y(l) + 4}" text-anchor="end">${l.toFixed(1)}</text>`);
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
    `<text x="16" y="${height / 2}" transform="rotate(-90 16 ${height / 2})" text-anchor="middle">cross-entropy (nats/char)</text>`,
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
