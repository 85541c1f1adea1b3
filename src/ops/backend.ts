// Which tfjs backend runs each op. The default device is chosen once (wasm, else cpu, or what
// SHAPETYPE_BACKEND / setBackend asks for); a tensor placed on another device runs its ops there.
import { tf } from './tf.js';
import '@tensorflow/tfjs-backend-wasm';

/** A backend a tensor can live on. `default` is whichever backend was chosen at start. */
export type Device = 'default' | 'wasm' | 'cpu' | 'tensorflow' | 'webgl' | 'webgpu';
/** The device of tensors made without a device option. */
export type DefaultDevice = 'default';
/** A real backend name (any device but `default`). */
export type BackendName = Exclude<Device, 'default'>;

const knownBackends: readonly BackendName[] = ['wasm', 'cpu', 'tensorflow', 'webgl', 'webgpu'];
const nodePackages = ['@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node'];

let defaultBackend: BackendName | undefined;

function isBackendName(name: string): name is BackendName {
  return (knownBackends as readonly string[]).includes(name);
}

/** A backend name read from text (a flag, an environment variable), or the error naming the choices. */
export function backendName(text: string): BackendName {
  if (!isBackendName(text)) throw new Error(`unknown backend '${text}'; choose one of: ${knownBackends.join(', ')}`);
  return text;
}

/** The cpu backend greets Node users with advice to install tfjs-node, which cannot install offline. */
function silenceCpuGreeting(): void {
  const cpu: unknown = tf.findBackend('cpu');
  if (cpu !== null && typeof cpu === 'object' && 'firstUse' in cpu) Object.assign(cpu, { firstUse: false });
}

/**
 * Runs a backend's start and removes the process-wide handlers it added. The emscripten runtime of
 * tfjs-backend-wasm adds an uncaughtException and an unhandledRejection handler that rethrow from
 * inside its own file, so any uncaught error of the user's program would exit with code 7 and a
 * trace headed by tf-backend-wasm.js; without them Node reports the error itself (exit 1).
 */
async function withoutRuntimeHandlers<T>(start: () => Promise<T>): Promise<T> {
  const exceptionBefore = process.listeners('uncaughtException');
  const rejectionBefore = process.listeners('unhandledRejection');
  // Only emscripten's rethrowing handlers: one the user adds meanwhile stays.
  const added = (listener: unknown, before: unknown[]): boolean => !before.includes(listener) && /throw (ex|reason)\b/.test(String(listener));
  try {
    return await start();
  } finally {
    for (const l of process.listeners('uncaughtException')) if (added(l, exceptionBefore)) process.removeListener('uncaughtException', l);
    for (const l of process.listeners('unhandledRejection')) if (added(l, rejectionBefore)) process.removeListener('unhandledRejection', l);
  }
}

async function loadNodeBackend(): Promise<void> {
  if (tf.findBackendFactory('tensorflow')) return;
  for (const pkg of nodePackages) {
    try {
      await import(pkg);
      return;
    } catch {
      // Not installed: try the next package.
    }
  }
  throw new Error(
    "backend 'tensorflow' needs @tensorflow/tfjs-node or @tensorflow/tfjs-node-gpu, and neither is installed " +
      '(npm install @tensorflow/tfjs-node; its install downloads libtensorflow, which needs internet access). ' +
      "Use 'wasm' (the default) or 'cpu' instead.",
  );
}

/** Makes a backend ready to run ops (without making it the default). */
async function initBackend(name: BackendName): Promise<void> {
  if (name === 'tensorflow') await loadNodeBackend();
  if (!tf.findBackendFactory(name)) {
    throw new Error(`backend '${name}' is not available in this environment; available: ${tf.engine().backendNames().join(', ')}`);
  }
  const previous = tf.getBackend();
  if (!(await withoutRuntimeHandlers(() => tf.setBackend(name)))) throw new Error(`backend '${name}' failed to initialise`);
  if (name === 'cpu') silenceCpuGreeting();
  if (previous && previous !== name) await tf.setBackend(previous);
}

/**
 * Chooses the default device: the argument, else SHAPETYPE_BACKEND, else wasm (falling back to
 * cpu if wasm cannot start). The cpu backend is always made ready too, so tensors can move to it.
 */
export async function setBackend(name?: BackendName): Promise<BackendName> {
  const fromEnv = process.env.SHAPETYPE_BACKEND;
  // name is checked too: JavaScript callers (and casts) get past the type.
  const requested = name !== undefined ? backendName(name) : fromEnv === undefined || fromEnv === '' ? undefined : backendName(fromEnv);
  await initBackend('cpu');
  let chosen: BackendName;
  if (requested) {
    await initBackend(requested);
    chosen = requested;
  } else {
    try {
      await initBackend('wasm');
      chosen = 'wasm';
    } catch {
      chosen = 'cpu';
    }
  }
  await tf.setBackend(chosen);
  defaultBackend = chosen;
  return chosen;
}

/** The backend that `default` stands for. */
export function getDefaultBackend(): BackendName {
  if (defaultBackend === undefined) throw new Error('shapetype: no backend is ready; await st.setBackend() first');
  return defaultBackend;
}

/** The backend a device resolves to. */
export function backendOf(device: Device): BackendName {
  return device === 'default' ? getDefaultBackend() : device;
}

/**
 * Runs fn with the device's backend active. Backends are initialised up front, so switching is
 * synchronous; a device that was never made ready gets a clear error instead of a silent fallback.
 * The backend is not switched back afterwards: gradients of these ops then run where the forward
 * ran, and tfjs's cpu int32->float32 cast keeps int32 bits that wasm would misread if moved.
 */
export function onDevice<T>(device: Device, fn: () => T): T {
  const name = backendOf(device);
  if (tf.getBackend() !== name) {
    if (!tf.engine().registry[name]) {
      throw new Error(`device '${name}' is not ready; call await st.initDevice('${name}') first`);
    }
    void tf.setBackend(name);
  }
  return fn();
}

/** Makes another device ready so tensors can be moved to it (the default device is always ready). */
export async function initDevice(device: BackendName): Promise<void> {
  await initBackend(device);
}
