// One case of the hostile corpus, run in its own process by scripts/hostile/run.ts:
//   probe cli ARGS...              the shapetype command line (as bin/shapetype.js runs it)
//   probe read-safetensors FILE    readSafetensors
//   probe import-hf DIR            importHuggingFace
//   probe load-checkpoint DIR      loadCheckpoint
// A refused input prints one line `shapetype: <message>` (exit 1); an accepted one exits 0. An
// error that is not one of shapetype's own (a TypeError, a RangeError, a stack overflow) prints
// `crash: <name>: <message>` with exit 3, so the runner counts it as a crash, not as a clear error.
// Imports are per kind: reading a safetensors file needs no tfjs (half the start-up time).

const [kind, ...rest] = process.argv.slice(2);

async function library(run: () => Promise<void>): Promise<number> {
  try {
    await run();
    return 0;
  } catch (e) {
    if (e instanceof Error && e.constructor === Error) {
      process.stderr.write(`shapetype: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`crash: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}\n`);
    return 3;
  }
}

let code: number;
switch (kind) {
  case 'cli':
    code = await (await import('../../src/cli/cli.js')).main(rest);
    break;
  case 'read-safetensors':
    code = await library(async () => void (await import('../../src/io/safetensors.js')).readSafetensors(rest[0]));
    break;
  case 'import-hf':
    code = await library(async () => (await import('../../src/io/checkpoint.js')).importHuggingFace(rest[0]).model.dispose());
    break;
  case 'load-checkpoint':
    code = await library(async () => {
      const st = await import('../../src/index.js');
      const loaded = (await import('../../src/io/checkpoint.js')).loadCheckpoint(rest[0]);
      loaded.model.dispose();
      st.dispose(loaded.optimizerState?.slots);
    });
    break;
  default:
    process.stderr.write(`probe: unknown kind '${kind}'\n`);
    code = 4;
}
process.exitCode = code;
