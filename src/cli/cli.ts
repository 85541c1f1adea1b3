// The command line: one file per command in src/cli, dispatched here.
import { compareCommand } from './compare.js';
import { exportCommand } from './export.js';
import { inspectCommand } from './inspect.js';
import { sampleCommand } from './sample.js';
import { trainCommand } from './train.js';

export { presets } from './presets.js';

/** Each command's entry and one line for `shapetype --help`; a new command is one file in src/cli and one line here. */
const commands: Record<string, { run: (args: string[]) => Promise<void>; summary: string }> = {
  train: { run: trainCommand, summary: 'train a Llama on a text file (shapetype train --preset smoke)' },
  sample: { run: sampleCommand, summary: 'continue a prompt with a trained or exported model' },
  export: { run: exportCommand, summary: 'write a run\'s model as a Hugging Face folder' },
  inspect: { run: inspectCommand, summary: 'draw attention maps, weights or the RoPE table of a run as a heatmap PNG' },
  compare: { run: compareCommand, summary: 'compare a model layer by layer with a reference activation dump' },
};

const usage =
  `Usage: shapetype <command> [flags]\n\nCommands:\n` +
  Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`).join('\n') +
  `\n\nshapetype <command> --help lists a command's flags and their defaults.\n`;

/** Runs the CLI with argv (without node and the script); the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(usage);
    return 0;
  }
  const entry = Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (entry === undefined) {
    process.stderr.write(`shapetype: unknown command '${command}'; commands: ${Object.keys(commands).join(', ')} (shapetype --help)\n`);
    return 2;
  }
  try {
    await entry.run(rest);
    return 0;
  } catch (e) {
    process.stderr.write(`shapetype: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
