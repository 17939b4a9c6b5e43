// Issue 10: cold start of the `foramen` command as a whole process, beside `node -e 0` in the same run:
// `--version`, and `<verb> --help` for every verb in the CLI's verb table (so a new verb is measured as
// soon as it is registered; help loads that verb's module and nothing else). Runs are interleaved with
// the baseline; each time is a median and each ratio the median of per-run ratios.
import { coldStarts } from './_measure.mjs';

export default async function ({ quick }) {
  const { VERBS } = await import('../dist/src/cli/program.js');
  const commands = [['--version'], ...Object.keys(VERBS).map((verb) => [verb, '--help'])];
  const runs = quick ? 3 : 11;
  const { baseline, commands: measured } = coldStarts(
    commands.map((c) => ['bin/foramen.js', ...c]),
    runs,
    !quick,
  );
  return commands.map((c, i) => ({
    name: `cold start: foramen ${c.join(' ')}`,
    value: measured[i].ms,
    unit: 'ms',
    baseline: { name: 'node -e 0', value: baseline },
    ratio: measured[i].ratio,
  }));
}
