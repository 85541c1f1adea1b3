#!/usr/bin/env node
// The shapetype command: train, sample and export (see `shapetype --help`).
import { main } from '../dist/src/cli/cli.js';

process.exitCode = await main(process.argv.slice(2));
