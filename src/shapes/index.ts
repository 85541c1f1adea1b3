// Type-level shape algebra, and its run-time mirror.
export type * from './arith.js';
export type * from './axes.js';
export type * from './broadcast.js';
export type * from './core.js';
export type * from './dims.js';
export type * from './layout.js';
export type * from './literals.js';
export type * from './matmul.js';
export type * from './reshape.js';
export * from './rules.js';
