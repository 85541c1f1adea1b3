// Matrix product shapes: [...batch, M, K] @ [...batch, K, N] -> [...broadcast(batch), M, N].
import type { Broadcast } from './broadcast.js';
import type { DimsAgree, FormatDim, FormatShape, IsDynamicRank, Shape } from './core.js';

type Suggest<KA, MB, NB, TB extends boolean> =
  TB extends false
    ? (DimsAgree<KA, NB> extends true ? '; did you mean matMul(a, b, false, true) or matMul(a, transpose(b))?' : '')
    : (DimsAgree<KA, MB> extends true ? '; did you mean matMul(a, b) without transposeB?' : '');

/**
 * The shape of matMul(a, b, transposeA, transposeB), or an error sentence.
 * Both operands need rank >= 2; batch dims broadcast.
 */
export type MatMul<A extends Shape, B extends Shape, TA extends boolean = false, TB extends boolean = false> =
  IsDynamicRank<A> extends true ? number[]
  : IsDynamicRank<B> extends true ? number[]
  : A extends [...infer BatchA extends Shape, infer A0, infer A1]
    ? B extends [...infer BatchB extends Shape, infer B0, infer B1]
      ? [TA extends true ? A1 : A0, TA extends true ? A0 : A1, TB extends true ? B1 : B0, TB extends true ? B0 : B1] extends
        [infer M extends number, infer KA, infer KB, infer N extends number]
        ? DimsAgree<KA, KB> extends true
          ? Broadcast<BatchA, BatchB, 'matMul'> extends infer Batch
            ? Batch extends Shape ? [...Batch, M, N] : Batch
            : never
          : `matMul: inner dimensions differ (${FormatDim<KA>} vs ${FormatDim<KB>}) in ${FormatShape<A>} @ ${FormatShape<B>}${Suggest<KA, B0, B1, TB>}`
        : never
      : `matMul: b must have rank >= 2, got ${FormatShape<B>}`
    : `matMul: a must have rank >= 2, got ${FormatShape<A>}`;
