import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { InputError } from '../../index.js';

/** `foramen meds`: not built yet; its issue owns this file. */
export function registerMeds(program: Command, _io: CliIo): void {
  program
    .command('meds')
    .description('(not available yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new InputError('unknown-command', '', `meds is not available yet`);
    });
}
