import type { Command } from 'commander';
import type { CliIo } from '../io.js';

/** `foramen serve`: not built yet; its issue owns this file. */
export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('(not available yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      io.stderr.write('foramen: serve is not available yet\n');
      process.exitCode = 1;
    });
}
