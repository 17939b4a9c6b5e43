import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { InputError } from '../../index.js';

/** `foramen grade`: not built yet; its issue owns this file. */
export function registerGrade(program: Command, _io: CliIo): void {
  program
    .command('grade')
    .description('(not available yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new InputError('unknown-command', '', `grade is not available yet`);
    });
}
