// The one import of tfjs (a CommonJS package): a namespace import of it in each op file made tsc copy and sort
// tfjs's whole export table once per file.
export * as tf from '@tensorflow/tfjs';
