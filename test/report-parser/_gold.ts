/** Loads the hand-labelled gold and the hard cases for the evaluation tests. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GoldReportSchema } from '../../src/report-parser/evaluate.js';
import type { GoldReport } from '../../src/report-parser/evaluate.js';

// Tests run with the repository root as the working directory.
export const FIXTURES = resolve('test/fixtures/reports');
export const CORPUS = resolve('../shared/corpus/lumbar-mri-reports');

/** A gold report with its text, or undefined when the text lives only in ../shared and that is absent. */
export interface LoadedGold {
  readonly gold: GoldReport;
  readonly text: string | undefined;
}

/** Reads every gold file of a folder under test/fixtures/reports. */
export function loadGold(folder: 'gold' | 'hard'): LoadedGold[] {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => {
      const gold = GoldReportSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      let text: string | undefined;
      if (gold.text.startsWith('texts/')) text = readFileSync(join(FIXTURES, gold.text), 'utf8');
      else if (gold.text.startsWith('corpus:')) {
        const file = join(CORPUS, gold.text.slice('corpus:'.length));
        text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      } else text = gold.text;
      return { gold, text };
    });
}
