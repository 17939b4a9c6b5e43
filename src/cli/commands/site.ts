/**
 * `foramen site build OUT`: writes the static site into OUT: the patient page and the clinician summary
 * of every level, side and zone, a page per KB entry they link to, and an index with search. The core returns the files; this file only writes them and reports.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { InputError, buildArticleSite } from '../../index.js';
import type { CliIo } from '../io.js';
import { printJson, wantsJson } from '../io.js';

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
      const started = performance.now();
      const root = resolve(out);
      const files = buildArticleSite();
      try {
        await mkdir(root, { recursive: true });
        await Promise.all(
          files.map(async (f) => {
            const path = join(root, f.path);
            await mkdir(dirname(path), { recursive: true });
            await writeFile(path, f.content);
          }),
        );
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        throw new InputError('invalid-input', 'OUT', `${out}: cannot write there (${code})`, {
          cause: error,
        });
      }
      const clinician = files.filter((f) => f.path.endsWith('.clinician.html')).length;
      const kbPages = files.filter((f) => f.path.startsWith('kb/')).length;
      const result = {
        out: root,
        files: files.length,
        pages: files.length - 1 - clinician - kbPages,
        clinicianPages: clinician,
        kbPages,
        ms: Math.round(performance.now() - started),
      };
      if (wantsJson(options, io)) return printJson(io, result);
      io.stdout.write(
        `wrote ${result.pages} patient pages, ${clinician} clinician pages, ${kbPages} KB pages and index.html to ${root} in ${result.ms} ms\n`,
      );
    });
}
