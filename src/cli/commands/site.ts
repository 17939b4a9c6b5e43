/**
 * `foramen site build OUT`: writes the static site into OUT: the patient page and the clinician summary
 * of every level, side and zone, a page per KB entry they link to, and an index with search. The core
 * returns the files; run-site.ts (loaded when the verb runs) writes them and reports.
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';

/** Registers `foramen site build`. */
export function registerSite(program: Command, io: CliIo): void {
  const site = program.command('site').description('the static patient-education site');
  site
    .command('build')
    .description(
      'write the patient and clinician page of every level × side × zone, the KB pages they link and an index into OUT',
    )
    .argument('<out>', 'output folder (created if missing)')
    .option('--json', 'print JSON')
    .action(async (out: string, options: { json?: boolean }) => {
      const { runSiteBuild } = await import('./run-site.js');
      await runSiteBuild(out, options, io);
    });
}
