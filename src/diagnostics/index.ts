// Probes for what types cannot catch: causality, evaluation determinism, pictures of tensors.
export * from './causal.js';
export * from './determinism.js';
export * from './heatmap.js';
export { type ProbeForwardOptions, type TokenModel } from './model.js';
export * from './compare.js';
export * from './gradflow.js';
export * from './trace.js';
export * from './waste.js';
