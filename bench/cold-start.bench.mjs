// Issue 10: cold start of the `foramen` command as a whole process, beside `node -e 0` in the same run:
// `--version`, and `<verb> --help` for every verb in the CLI's verb table (so a new verb is measured as
// soon as it is registered; help loads that verb's module and nothing else). Issue 18 adds one real run
// per verb that does work (a search, a medicine check, an assessment, an article, a grade, a score), since
// those load the knowledge base and the rules, not just the flags. Runs are interleaved with the
// baseline; each time is a median and each ratio the median of per-run ratios.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coldStarts } from './_measure.mjs';

const REGIMEN = {
  patient: { age: 72, eGFR: 38, comorbidities: ['ckd', 'peptic-ulcer'] },
  drugs: [
    { drug: 'ibuprofen', doseMg: 600, timesPerDay: 4 },
    { drug: 'Tylenol', dose: 1, unit: 'g', frequency: 'q6h' },
  ],
};

export default async function ({ quick }) {
  const { VERBS } = await import('../dist/src/cli/program.js');
  const dir = mkdtempSync(join(tmpdir(), 'foramen-cold-'));
  const vignettes = JSON.parse(readFileSync('test/fixtures/vignettes/dev.json', 'utf8'));
  const regimen = join(dir, 'regimen.json');
  const presentation = join(dir, 'presentation.json');
  writeFileSync(regimen, JSON.stringify(REGIMEN));
  writeFileSync(presentation, JSON.stringify(vignettes.cases[0].presentation));
  const commands = [
    ['--version'],
    ...Object.keys(VERBS).map((verb) => [verb, '--help']),
    ['kb', 'find', 'pinched', 'nerve'],
    ['meds', regimen],
    ['assess', presentation],
    ['article', 'L4-L5', '--side', 'left', '--zone', 'foraminal'],
    ['grade', 'percent', '38'],
    ['score', 'nrs', '6'],
  ];
  const runs = quick ? 3 : 11;
  try {
    const { baseline, commands: measured } = coldStarts(
      commands.map((c) => ['bin/foramen.js', ...c]),
      runs,
      !quick,
    );
    return commands.map((c, i) => ({
      name: `cold start: foramen ${c.map((a) => (a.startsWith(dir) ? a.slice(dir.length + 1) : a)).join(' ')}`,
      value: measured[i].ms,
      unit: 'ms',
      baseline: { name: 'node -e 0', value: baseline },
      ratio: measured[i].ratio,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
