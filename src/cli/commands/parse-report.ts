import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { InputError } from '../../index.js';

/** `foramen parse-report`: not built yet; its issue owns this file. */
export function registerParseReport(program: Command, _io: CliIo): void {
  program
    .command('parse-report')
    .description('(not available yet)')
    .allowUnknownOption()
    .argument('[args...]')
    .action(() => {
      throw new InputError('unknown-command', '', `parse-report is not available yet`);
    });
}
