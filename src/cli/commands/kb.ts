/** `foramen kb list|show|find`: the knowledge base (CONTRACTS.md). */
import type { Command } from 'commander';
import { listKb, showKb, findKb, DISCLAIMER } from '../../index.js';
import type { CliIo } from '../io.js';
import { printJson, wantsJson } from '../io.js';
import { renderEntry } from '../render-entry.js';

export function registerKb(program: Command, io: CliIo): void {
  const kb = program.command('kb').description('browse and search the cited knowledge base');

  kb.command('list')
    .description('list entries, optionally of one category')
    .argument('[category]', 'e.g. drug, diagnostic-test, procedure, correction')
    .option('--json', 'print JSON')
    .action((category: string | undefined, options: { json?: boolean }) => {
      const result = listKb(category);
      if (wantsJson(options, io)) return printJson(io, result);
      const width = Math.max(...result.items.map((i) => i.id.length), 2);
      for (const item of result.items) {
        io.stdout.write(`${item.id.padEnd(width)}  ${item.category.padEnd(15)}  ${item.name}\n`);
      }
      io.stdout.write(`${result.items.length} entries\n`);
    });

  kb.command('show')
    .description('show one entry with its citations')
    .argument('<id>', 'entry id, e.g. drug-ibuprofen')
    .option('--json', 'print JSON')
    .action((id: string, options: { json?: boolean }) => {
      const entry = showKb(id);
      if (wantsJson(options, io)) return printJson(io, entry);
      io.stdout.write(`${renderEntry(entry)}\n${DISCLAIMER}\n`);
    });

  kb.command('find')
    .description('ranked search by name, synonym, brand, abbreviation or lay term')
    .argument('<text...>', 'what to look for, e.g. "pinched nerve" or Tylenol')
    .option('--category <category>', 'only this category')
    .option('--limit <n>', 'at most n results', '10')
    .option('--json', 'print JSON')
    .action((words: string[], options: { json?: boolean; category?: string; limit: string }) => {
      const limit = Number(options.limit);
      const result = findKb(words.join(' '), {
        limit: Number.isInteger(limit) && limit > 0 ? limit : 10,
        ...(options.category ? { category: options.category } : {}),
      });
      if (wantsJson(options, io)) return printJson(io, result);
      if (result.results.length === 0) {
        io.stdout.write('no matches\n');
        return;
      }
      for (const hit of result.results) {
        io.stdout.write(`${hit.score.toFixed(2)}  ${hit.id}  (${hit.category})  ${hit.name}\n`);
      }
    });
}
