/** The work of `foramen article` (declared in article.ts): build the article and print it. */
import { InputError, buildArticle, renderArticleHtml, renderArticleMarkdown } from '../../index.js';
import type { CliIo } from '../io.js';
import { printJson } from '../io.js';

/** The flags of `foramen article`, as commander gives them. */
export interface ArticleOptions {
  side?: string;
  zone?: string;
  audience?: string;
  format: string;
  json?: boolean;
}

const FORMATS = ['md', 'html', 'json'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);

/**
 * Builds the article of one level, side and zone and prints it in the format asked for.
 * @param level - the disc level
 * @param options - the flags
 * @param io - the streams
 */
export function runArticle(level: string, options: ArticleOptions, io: CliIo): void {
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
}
