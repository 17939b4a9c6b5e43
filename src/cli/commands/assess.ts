import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { InputError } from '../../index.js';

/** `foramen assess`: not built yet; its issue owns this file. */
export function registerAssess(program: Command, _io: CliIo): void {
  program
    .command('assess')
    .description('(not available yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new InputError('unknown-command', '', `assess is not available yet`);
    });
}
