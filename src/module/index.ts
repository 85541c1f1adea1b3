// Modules: typed, named parameters collected from a layer's fields, saved and loaded by name.
export { Module, type ForwardHook, type ParamNames, type ParamsOf } from './module.js';
export { loadModule, loadStateDict, MODULE_FORMAT, saveModule, stateDict, type StateDict, type StateFor, type StateOf, type StateSentence, type StateTensor } from './state.js';
export { forEachPair, listOf, type ListOf, type PairedWith } from '../ops/records.js';
