// Literal facts the compiler checks (rates, epsilons, bounds, steps, attention's options, a
// number operand of an int32 tensor, the Llama config) have run-time twins with the same
// sentence: each sentence below is typed with the compiler's own rule, and the same mistake with
// values the compiler cannot see (typed `number`) must throw exactly that text.
import { describe, expect, it } from 'vitest';
import * as st from '../src/index.js';

/** A number the compiler knows only as `number`. */
function dyn(n: number): number {
  return n;
}
function expectError(fn: () => unknown, sentence: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `expected an error: ${sentence}`).toBeInstanceOf(Error);
  expect((thrown as Error).message).toBe(sentence);
}

const dropoutSentence: st.RateCheck<'dropout', 'rate', 1.5> = 'dropout: rate must be in [0, 1), got 1.5';
const epsSentence: st.NonNegativeCheck<'rmsNorm', 'eps', -0.00001> = 'rmsNorm: eps must be >= 0, got -0.00001';
const clipSentence: st.ClipBoundsCheck<1, -1> = 'clipByValue: min 1 is greater than max -1';
const causalSentence: st.AttentionOptionsCheck<16, 8, true, 0> =
  'scaledDotProductAttention: causal attention needs at least as many keys (8) as queries (16)';
const attentionDropoutSentence: st.AttentionOptionsCheck<4, 4, true, 1> = 'scaledDotProductAttention: dropout must be in [0, 1), got 1';
const intMulSentence: st.IntOperandCheck<'mul', 'int32', 0.5> =
  'mul: 0.5 is not an integer, but the tensor is int32 (the number would become 0); cast the tensor to float32 first';
const intLessSentence: st.IntOperandCheck<'less', 'int32', 2.5> =
  'less: 2.5 is not an integer, but the tensor is int32 (the number would become 2); cast the tensor to float32 first';
const oneHotOnSentence: st.OneHotValueCheck<'int32', 0.9> =
  "oneHot: 0.9 is not an integer, but the dtype is int32 (the value would become 0); pass dtype 'float32'";
const oneHotDepthSentence: st.OneHotDepthCheck<10.5> = 'oneHot: depth must be an integer >= 2, got 10.5';
const oneHotDepthOneSentence: st.OneHotDepthCheck<1> = 'oneHot: depth must be an integer >= 2, got 1';
const meanTwiceSentence: st.Reduce<'mean', [2, 4, 8, 16], [1, -3]> = 'mean: axes [1, -3] name axis 1 of [2, 4, 8, 16] twice';
const squeezeTwiceSentence: st.Squeeze<[1, 3, 1], [0, 0]> = 'squeeze: axes [0, 0] name axis 0 of [1, 3, 1] twice';
const intPadSentence: st.IntOperandCheck<'pad', 'int32', 0.5> =
  'pad: 0.5 is not an integer, but the tensor is int32 (the number would become 0); cast the tensor to float32 first';
const intPadNegativeSentence: st.IntOperandCheck<'pad', 'int32', -1.5> =
  'pad: -1.5 is not an integer, but the tensor is int32 (the number would become -1); cast the tensor to float32 first';
const intPadMinusHalfSentence: st.IntOperandCheck<'pad', 'int32', -0.5> =
  'pad: -0.5 is not an integer, but the tensor is int32 (the number would become 0); cast the tensor to float32 first';
const intFillSentence: st.IntValueCheck<'fill', 'int32', 0.1> =
  'fill: 0.1 is not an integer, but the dtype is int32 (every value would become 0); fill a float32 tensor';
const intScalarSentence: st.IntLiteralCheck<'scalar', '', 'int32', 0.5> =
  "scalar: 0.5 is not an integer, but the dtype is int32 (it would become 0); pass dtype 'float32'";
const intRangeStepSentence: st.IntLiteralCheck<'range', 'step ', 'int32', 0.5> =
  "range: step 0.5 is not an integer, but the dtype is int32 (it would become 0); pass dtype 'float32'";
const intRangeStartSentence: st.IntLiteralCheck<'range', 'start ', 'int32', -1.5> =
  "range: start -1.5 is not an integer, but the dtype is int32 (it would become -1); pass dtype 'float32'";
const intTensorSentence: st.IntLiteralCheck<'tensor', 'value ', 'int32', 2.5> =
  "tensor: value 2.5 is not an integer, but the dtype is int32 (it would become 2); pass dtype 'float32'";
const intClipSentence: st.IntOperandCheck<'clipByValue', 'int32', 0.5> =
  'clipByValue: 0.5 is not an integer, but the tensor is int32 (the number would become 0); cast the tensor to float32 first';
const intWhereSentence: st.IntOperandCheck<'where', 'int32', -0.5> =
  'where: -0.5 is not an integer, but the tensor is int32 (the number would become 0); cast the tensor to float32 first';
const clipNormSentence: st.PositiveCheck<'clipByGlobalNorm', 'maxNorm', 0> = 'clipByGlobalNorm: maxNorm must be > 0, got 0';
const rangeStopSentence: st.RangeStopCheck<0, 2.5, 1> = 'range: stop 2.5 of range(0, stop) is not a size (a non-negative integer)';
const rangeNegativeSentence: st.RangeStopCheck<0, -3, 1> = 'range: stop -3 of range(0, stop) is not a size (a non-negative integer)';
const config = {
  vocabSize: 65, dim: 128, nLayers: 2, nHeads: 4, nKvHeads: 4, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
} as const;
const layersSentence: st.ConfigCheck<Omit<typeof config, 'nLayers'> & { readonly nLayers: 0 }> = 'llama config: nLayers must be a positive integer, got 0';
const configDropoutSentence: st.ConfigCheck<Omit<typeof config, 'dropout'> & { readonly dropout: 10 }> = 'llama config: dropout must be in [0, 1), got 10';
const epsConfigSentence: st.ConfigCheck<Omit<typeof config, 'normEps'> & { readonly normEps: 0 }> = 'llama config: normEps must be > 0, got 0';
const hiddenSentence: st.ConfigCheck<Omit<typeof config, 'hiddenDim'> & { readonly hiddenDim: 2.5 }> = 'llama config: hiddenDim must be a positive integer, got 2.5';

describe('literal facts: the run time throws the compiler sentence for values it cannot see', () => {
  const x = st.randomNormal([2, 4, 8, 16], 0, 1, 'float32', 3);

  it('an axis named twice in a reduction or a squeeze (NumPy and PyTorch refuse it; tfjs gave a wrong shape)', () => {
    expectError(() => st.mean(x, [dyn(1), dyn(-3)]), meanTwiceSentence);
    for (const op of [st.sum, st.max, st.min, st.prod, st.logSumExp]) {
      expect(() => op(x, [dyn(0), dyn(0)])).toThrow('axes [0, 0] name axis 0 of [2, 4, 8, 16] twice');
    }
    expectError(() => st.squeeze(st.zeros([1, 3, 1]), [dyn(0), dyn(0)]), squeezeTwiceSentence);
    // @ts-expect-error mean: axes [1, -3] name axis 1 of [2, 4, 8, 16] twice
    expectError(() => st.mean(x, [1, -3]), meanTwiceSentence);
    expect(st.mean(x, [dyn(1), dyn(-1)]).shape).toEqual([2, 8]);
  });

  it('argMax and argMin of a scalar with the axis omitted', () => {
    const scalarOfRunTimeRank = st.squeeze(st.zeros([1]), [dyn(0)]);
    const sentence: st.Reduce<'argMax', [], 0> = 'argMax: axis 0 is out of range for []';
    expectError(() => st.argMax(scalarOfRunTimeRank), sentence);
    expectError(() => scalarOfRunTimeRank.argMin(), 'argMin: axis 0 is out of range for []');
    // @ts-expect-error argMax: axis 0 is out of range for []
    expectError(() => st.argMax(st.scalar(3)), sentence);
  });

  it('dropout rate, rmsNorm eps, clipByValue bounds', () => {
    expectError(() => st.dropout(x, dyn(1.5)), dropoutSentence);
    expectError(() => st.rmsNorm(x, st.ones([16]), dyn(-0.00001)), epsSentence);
    expectError(() => st.clipByValue(x, dyn(1), dyn(-1)), clipSentence);
  });

  it("attention's causal keys and dropout", () => {
    const q = st.reshape(st.randomNormal([1 * 4 * 16 * 32], 0, 1, 'float32', 5), [1, 4, dyn(16), 32]);
    const k = st.reshape(st.randomNormal([1 * 4 * 8 * 32], 0, 1, 'float32', 6), [1, 4, dyn(8), 32]);
    expectError(() => st.scaledDotProductAttention(q, k, k, { repeats: 1 }), causalSentence);
    const s = st.randomNormal([1, 4, 4, 8], 0, 1, 'float32', 7);
    expectError(() => st.scaledDotProductAttention(s, s, s, { repeats: 1, dropout: dyn(1) }), attentionDropoutSentence);
  });

  it('a fraction operand of an int32 tensor (tfjs would make it an integer)', () => {
    const counts = st.oneHot(st.zeros([8], 'int32'), 10);
    expectError(() => st.mul(counts, dyn(0.5)), intMulSentence);
    expectError(() => st.less(counts, dyn(2.5)), intLessSentence);
    // Integers on int32 and fractions on float32 are fine.
    expect(Array.from(st.mul(counts, dyn(2)).dataSync()).slice(0, 2)).toEqual([2, 0]);
    expect(st.mul(st.cast(counts, 'float32'), dyn(0.5)).dataSync()[0]).toBe(0.5);
  });

  it('a fraction as the constant of an int32 pad (tfjs would pad with 0, a real token id)', () => {
    const ids = st.tensor([[5, 6]], [1, 2], 'int32');
    expectError(() => st.pad(ids, [[0, 0], [0, 1]], dyn(0.5)), intPadSentence);
    expectError(() => ids.pad([[0, 0], [1, 0]], dyn(-1.5)), intPadNegativeSentence);
    expectError(() => ids.pad([[0, 0], [1, 0]], dyn(-0.5)), intPadMinusHalfSentence);
    expect(Array.from(st.pad(ids, [[0, 0], [0, 1]], dyn(-1)).dataSync())).toEqual([5, 6, -1]);
    expect(Array.from(st.pad(ids, [[0, 0], [1, 0]]).dataSync())).toEqual([0, 5, 6]);
    expect(st.pad(st.cast(ids, 'float32'), [[0, 0], [0, 1]], dyn(0.5)).dataSync()[2]).toBe(0.5);
  });

  it('nested values that do not fit the shape given (tfjs refuses them; flat values take any shape)', () => {
    const rows: number[][] = [[1, 2, 3], [4, 5, 6]];
    expectError(() => st.tensor(rows, [3, 2]), 'tensor: values nested as [2, 3] do not fit shape [3, 2]');
    expect(Array.from(st.tensor(rows, [2, 3]).dataSync())).toEqual([1, 2, 3, 4, 5, 6]);
    expect(st.tensor([[1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6]], [2, 3, 2]).shape).toEqual([2, 3, 2]);
    expect(st.tensor(rows.flat(), [3, 2]).shape).toEqual([3, 2]);
    // @ts-expect-error tensor: values nested as [2, 3] do not fit shape [3, 2]
    expect(() => st.tensor([[1, 2, 3], [4, 5, 6]], [3, 2])).toThrow('tensor: values nested as [2, 3] do not fit shape [3, 2]');
  });

  it('a fraction as an on or off value of an int32 one-hot (label smoothing would give zeros), and a depth that is not an integer >= 2', () => {
    const labels = st.zeros([3], 'int32');
    expectError(() => st.oneHot(labels, 4, dyn(0.9), dyn(0)), oneHotOnSentence);
    expectError(() => labels.oneHot(4, dyn(1), dyn(0.9)), oneHotOnSentence);
    expectError(() => st.oneHot(labels, dyn(10.5)), oneHotDepthSentence);
    expectError(() => labels.oneHot(dyn(1)), oneHotDepthOneSentence);
    // @ts-expect-error oneHot: depth must be an integer >= 2, got 10.5
    expectError(() => st.oneHot(labels, 10.5), oneHotDepthSentence);
    const soft = st.oneHot(labels, 4, dyn(0.9), dyn(0.1), 'float32');
    expect(Array.from(soft.dataSync()).slice(0, 4).map((v) => Math.round(v * 10) / 10)).toEqual([0.9, 0.1, 0.1, 0.1]);
    expect(Array.from(st.oneHot(labels, 2, dyn(3), dyn(-1)).dataSync())).toEqual([3, -1, 3, -1, 3, -1]);
  });
  it('a fraction as the value of an int32 fill (tfjs would truncate every value)', () => {
    expectError(() => st.fill([2, 3], dyn(0.1), 'int32'), intFillSentence);
    expect(Array.from(st.fill([2], dyn(3), 'int32').dataSync())).toEqual([3, 3]);
    expect(st.fill([2], dyn(0.1)).dataSync()[0]).toBeCloseTo(0.1);
  });

  it('a fraction into int32: scalar, range, tensor values, clipByValue bounds, where (tfjs would truncate it)', () => {
    expectError(() => st.scalar(dyn(0.5), 'int32'), intScalarSentence);
    expectError(() => st.range(0, 5, dyn(0.5), 'int32'), intRangeStepSentence);
    expectError(() => st.range(dyn(-1.5), 5, 1, 'int32'), intRangeStartSentence);
    const values: number[] = [1, 2.5, 3];
    expectError(() => st.tensor(values, [3], 'int32'), intTensorSentence);
    const counts = st.tensor([0, 1, 5], [3], 'int32');
    expectError(() => st.clipByValue(counts, dyn(0.5), 3), intClipSentence);
    expectError(() => counts.clipByValue(0, dyn(0.5)), intClipSentence);
    const keep = st.greater(counts, 0);
    expectError(() => st.where(keep, counts, dyn(-0.5)), intWhereSentence);
    expectError(() => counts.where(keep, dyn(-0.5)), intWhereSentence);
    // Integers into int32 and fractions into float32 are fine.
    expect(st.scalar(dyn(3), 'int32').dataSync()[0]).toBe(3);
    expect(Array.from(st.range(0, 6, dyn(2), 'int32').dataSync())).toEqual([0, 2, 4]);
    expect(Array.from(st.clipByValue(counts, 1, 3).dataSync())).toEqual([1, 1, 3]);
    expect(Array.from(st.where(keep, counts, -1).dataSync())).toEqual([-1, 1, 5]);
    expect(st.scalar(dyn(0.5)).dataSync()[0]).toBe(0.5);
    expect(st.tensor(values, [3]).dataSync()[1]).toBe(2.5);
    // The compiler refuses the literals.
    // @ts-expect-error scalar: 0.5 is not an integer, but the dtype is int32 ...
    expect(() => st.scalar(0.5, 'int32')).toThrow(intScalarSentence);
    // @ts-expect-error range: step 0.5 is not an integer, but the dtype is int32 ...
    expect(() => st.range(0, 5, 0.5, 'int32')).toThrow(intRangeStepSentence);
    // @ts-expect-error tensor: value 2.5 is not an integer, but the dtype is int32 ...
    expect(() => st.tensor([1, 2.5, 3], [3], 'int32')).toThrow(intTensorSentence);
    // @ts-expect-error clipByValue: 0.5 is not an integer, but the tensor is int32 ...
    expect(() => st.clipByValue(counts, 0.5, 3)).toThrow(intClipSentence);
    // @ts-expect-error where: -0.5 is not an integer, but the tensor is int32 ...
    expect(() => st.where(keep, counts, -0.5)).toThrow(intWhereSentence);
  });

  it('topk and multinomial count with integers; a number first with a bool tensor gets the dtype sentence', () => {
    const x = st.randomNormal([2, 8], 0, 1, 'float32', 4);
    expectError(() => st.topk(x, dyn(2.5)), 'topk: k 2.5 is not an integer');
    expectError(() => st.multinomial(x, dyn(2.5)), 'multinomial: numSamples must be a positive integer, got 2.5');
    const mask = st.greater(x, 0);
    // @ts-expect-error topk: k 2.5 is not an integer
    expect(() => st.topk(x, 2.5)).toThrow('topk: k 2.5 is not an integer');
    // @ts-expect-error multinomial: numSamples must be a positive integer, got 2.5
    expect(() => st.multinomial(x, 2.5)).toThrow('multinomial: numSamples must be a positive integer, got 2.5');
    // @ts-expect-error sub: tensor must be float32 or int32, got bool
    expect(() => st.sub(1, mask)).toThrow('sub: tensor must be float32 or int32, got bool');
  });

  it('clipByGlobalNorm: maxNorm > 0 (0 zeroes every gradient, a negative bound flips them)', () => {
    const g = { w: st.ones([2, 2]) };
    expectError(() => st.clipByGlobalNorm(g, dyn(0)), clipNormSentence);
    expectError(() => st.clipByGlobalNorm(g, dyn(-1)), 'clipByGlobalNorm: maxNorm must be > 0, got -1');
    // @ts-expect-error clipByGlobalNorm: maxNorm must be > 0, got 0
    expect(() => st.clipByGlobalNorm(g, 0)).toThrow(clipNormSentence);
  });

  it('range(0, stop): its length is stop, so stop is a size', () => {
    expectError(() => st.range(0, dyn(2.5)), rangeStopSentence);
    expectError(() => st.range(0, dyn(-3), 1, 'int32'), rangeNegativeSentence);
    expect(st.range(0, dyn(3)).shape).toEqual([3]);
    expect(st.range(dyn(1), 2.5).shape).toEqual([2]);
  });

  it('the Llama config', () => {
    expectError(() => st.validateConfig({ ...config, nLayers: dyn(0) }), layersSentence);
    expectError(() => st.validateConfig({ ...config, dropout: dyn(10) }), configDropoutSentence);
    expectError(() => st.validateConfig({ ...config, normEps: dyn(0) }), epsConfigSentence);
    expectError(() => st.validateConfig({ ...config, hiddenDim: dyn(2.5) }), hiddenSentence);
  });

  it('the compiler refuses the same literals', () => {
    // @ts-expect-error dropout: rate must be in [0, 1), got 1.5
    expect(() => st.dropout(x, 1.5)).toThrow(dropoutSentence);
    // @ts-expect-error range: step must not be 0
    expect(() => st.range(0, 16, 0, 'int32')).toThrow('range: step must not be 0');
    // @ts-expect-error range: stop 2.5 of range(0, stop) is not a size
    expect(() => st.range(0, 2.5)).toThrow(rangeStopSentence);
    const counts = st.oneHot(st.zeros([8], 'int32'), 10);
    // @ts-expect-error mul: 0.5 is not an integer, but the tensor is int32 ...
    expect(() => st.mul(counts, 0.5)).toThrow(intMulSentence);
    // @ts-expect-error mul: 0.5 is not an integer, ... (the number first: the same sentence)
    expect(() => st.mul(0.5, counts)).toThrow(intMulSentence);
    // @ts-expect-error fill: 0.1 is not an integer, but the dtype is int32 ...
    expect(() => st.fill([2, 3], 0.1, 'int32')).toThrow(intFillSentence);
  });
});
