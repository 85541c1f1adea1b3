// shapetype: tensors whose shapes are types.
import { setBackend } from './ops/backend.js';

export * from './ops/index.js';
export * from './shapes/index.js';
export * from './diagnostics/index.js';

// Ready on import: the default backend (wasm, else cpu, or SHAPETYPE_BACKEND) is initialised here,
// so user code can create tensors right away.
await setBackend();
