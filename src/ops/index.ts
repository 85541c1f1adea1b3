// The typed ops: the only module that talks to tfjs.
export * from './autodiff.js';
export type { IntOperandCheck } from './checks.js';
export { backendName, getDefaultBackend, initDevice, setBackend, type BackendName, type DefaultDevice, type Device } from './backend.js';
export * from './creation.js';
export * from './dims.js';
export * from './elementwise.js';
export * from './layout.js';
export * from './linalg.js';
export * from './nn.js';
export * from './optim.js';
export * from './reduce.js';
export * from './regroup.js';
export * from './scan.js';
export * from './select.js';
export * from './shape-ops.js';
export {
  Tensor, type AnyTensor, type DataOf, type DType, type Kind, type KindOf, type LogProbabilities, type NestedArray,
  type NotProbabilities, type NumericDType, type Probabilities, type ScalarOf, type Tagged,
} from './tensor.js';
export * from './variable.js';
export type { TensorMethods } from './methods.js';
import './methods.js';
