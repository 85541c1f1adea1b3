// The command line: one file per command in src/cli, dispatched here.
import { compareCommand } from './compare.js';
import { inspectCommand } from './inspect.js';
import { sampleCommand } from './sample.js';
import { trainCommand, trainUsage } from './train.js';

export { presets } from './presets.js';

const usage = trainUsage;

/** Each command's entry; a new command is one file in src/cli and one line here. */
const commands: Record<string, (args: string[]) => Promise<void>> = {
  train: trainCommand,
  sample: sampleCommand,
  inspect: inspectCommand,
  compare: compareCommand,
};

/** Runs the CLI with argv (without node and the script). */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const run = command === undefined ? undefined : commands[command];
    if (run === undefined) {
      process.stdout.write(usage);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
    }
    await run(rest);
    return 0;
  } catch (e) {
    process.stderr.write(`shapetype: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
