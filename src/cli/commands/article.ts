/**
 * `foramen article LEVEL --side SIDE --zone ZONE [--format md|html|json] [--audience patient|clinician]`:
 * the patient article (default) or the clinician summary of one condition. The core builds and renders it; this file only reads the flags and prints.
 */
import type { Command } from 'commander';
import { InputError, buildArticle, renderArticleHtml, renderArticleMarkdown } from '../../index.js';
import type { CliIo } from '../io.js';
import { printJson } from '../io.js';

const FORMATS = ['md', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);

interface ArticleOptions {
  side?: string;
  zone?: string;
  audience?: string;
  format: string;
  json?: boolean;
}

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
    .action((level: string, options: ArticleOptions) => {
      const format = options.json === true ? 'json' : options.format.toLowerCase();
      if (!isFormat(format)) {
        throw new InputError(
          'invalid-input',
          'format',
          `"${options.format}" is not allowed; use one of ${FORMATS.join(', ')}`,
        );
      }
      const article = buildArticle({
        level,
        side: options.side,
        zone: options.zone,
        ...(options.audience === undefined ? {} : { audience: options.audience }),
      });
      switch (format) {
        case 'json':
          printJson(io, article);
          return;
        case 'html':
          io.stdout.write(renderArticleHtml(article));
          return;
        case 'md':
          io.stdout.write(renderArticleMarkdown(article));
          return;
      }
    });
}
