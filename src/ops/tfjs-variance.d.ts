// tfjs's tensor classes are covariant in their rank and dtype; tsc computes exactly that (`out`), but computes
// it through all their members, in each of tsc 7's checkers (~40 ms each). Declared here, tsc takes the
// annotation instead. A declaration file, so the library's check (skipLibCheck) does not re-derive it either;
// test/tfjs-variance.test.ts checks the annotations (TypeScript 5.9, without skipLibCheck) and that a wrong one
// is refused. Not part of the published declarations.
import type { DataType, Rank } from '@tensorflow/tfjs';

declare module '@tensorflow/tfjs-core/dist/tensor.js' {
  interface Tensor<out R extends Rank = Rank> {}
  interface TensorBuffer<out R extends Rank, out D extends DataType = 'float32'> {}
  interface Variable<out R extends Rank = Rank> {}
}
