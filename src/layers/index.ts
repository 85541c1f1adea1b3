// Typed layers, built only from typed ops, each a Module.
export * from './activation.js';
export * from './attention.js';
export * from './block.js';
export * from './embedding.js';
export * from './init.js';
export * from './linear.js';
export * from './rmsnorm.js';
export * from './rope.js';
export * from './swiglu.js';
export type * from './checks.js';
