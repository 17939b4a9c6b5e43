/**
 * `foramen article LEVEL --side SIDE --zone ZONE [--format md|html|json] [--audience patient|clinician]`:
 * the patient article (default) or the clinician summary of one condition. The core builds and renders it;
 * this file only declares the flags, and run-article.ts (loaded when the verb runs) prints.
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { ArticleOptions } from './run-article.js';

/** Registers `foramen article`. */
export function registerArticle(program: Command, io: CliIo): void {
  program
    .command('article')
    .description('a patient article (or --audience clinician summary) for one level, side and zone')
    .argument('<level>', 'disc level: T12-L1, L1-L2, L2-L3, L3-L4, L4-L5 or L5-S1')
    .option('--side <side>', 'left, right or bilateral')
    .option('--zone <zone>', 'central, subarticular, foraminal or extraforaminal')
    .option('--audience <audience>', 'patient (default) or clinician')
    .option('--format <format>', 'md, html or json', 'md')
    .option('--json', 'print JSON (same as --format json)')
    .action(async (level: string, options: ArticleOptions) => {
      const { runArticle } = await import('./run-article.js');
      runArticle(level, options, io);
    });
}
