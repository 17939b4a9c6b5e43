import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runForamen } from '../support/memory-io.js';

const dev = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../test/fixtures/vignettes/dev.json', import.meta.url)),
    'utf8',
  ),
) as { cases: { id: string; presentation: unknown }[] };
const presentation = (id: string): string =>
  JSON.stringify(dev.cases.find((c) => c.id === id)?.presentation);
const fixture = fileURLToPath(
  new URL('../../../test/fixtures/vignettes/dev.json', import.meta.url),
);

describe('foramen assess (in-process)', () => {
  it('reads standard input and prints the assessment as JSON with --json', async () => {
    const r = await runForamen(
      ['assess', '-', '--json'],
      presentation('dev-l3-foraminal-concordant'),
    );
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as {
      triage: { level: string };
      roots: { root: string; side: string }[];
      concordance: { concordant: boolean }[];
      disclaimer: string;
    };
    assert.equal(a.triage.level, 'soon');
    assert.equal(a.roots[0]?.root, 'L3');
    assert.deepEqual(
      a.concordance.map((c) => c.concordant),
      [true],
    );
    assert.match(a.disclaimer, /not a diagnosis/);
  });

  it('prints JSON when stdout is not a terminal, and the text summary on a terminal', async () => {
    const piped = await runForamen(['assess', '-'], presentation('dev-cauda-equina'));
    assert.equal(
      (JSON.parse(piped.stdout) as { triage: { level: string } }).triage.level,
      'emergency',
    );
    const tty = await runForamen(['assess', '-'], presentation('dev-cauda-equina'), { tty: true });
    assert.equal(tty.code, 0);
    assert.match(tty.stdout, /^TRIAGE {4}EMERGENCY: /);
    assert.match(tty.stdout, /PLAN {6}emergency-referral/);
    assert.match(tty.stdout, /not a diagnosis/);
  });

  const bad: [string, string, RegExp][] = [
    [
      'an unknown region',
      JSON.stringify({ symptoms: [{ kind: 'pain', region: 'elbow', side: 'left' }] }),
      /^foramen: symptoms\[0\]\.region: must be one of "low-back", /,
    ],
    [
      'an unknown movement',
      JSON.stringify({
        symptoms: [],
        exam: { motor: [{ movement: 'wiggle', side: 'left', mrc: 3 }] },
      }),
      /^foramen: exam\.motor\[0\]\.movement: must be one of "hip-flexion", /,
    ],
    [
      'an unknown flag',
      JSON.stringify({ symptoms: [], flags: ['dizzy'] }),
      /^foramen: flags\[0\]: must be one of "saddle-anesthesia", /,
    ],
    [
      'an unknown field',
      JSON.stringify({ symptoms: [], weight: 80 }),
      /^foramen: weight: unknown field "weight"/,
    ],
    ['invalid JSON', '{ "symptoms": [', /^foramen: stdin: not valid JSON/],
  ];
  for (const [name, stdin, pattern] of bad) {
    it(`${name}: one line on stderr naming the field, exit 1`, async () => {
      const r = await runForamen(['assess', '-', '--json'], stdin);
      assert.equal(r.code, 1);
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.equal(r.stdout, '');
    });
  }

  it('a missing file is one line naming the file', async () => {
    const r = await runForamen(['assess', '/nonexistent/presentation.json']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^foramen: FILE: \/nonexistent\/presentation\.json: no such file/);
  });

  it('a file that is not a presentation is refused', async () => {
    const r = await runForamen(['assess', fixture, '--json']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^foramen: symptoms: is required \(array\)/);
  });
});

describe('foramen assess (spawned)', () => {
  it('node dist/src/cli/run.js assess - reads stdin and exits 0', () => {
    const run = fileURLToPath(new URL('../../src/cli/run.js', import.meta.url));
    const r = spawnSync(process.execPath, [run, 'assess', '-', '--json'], {
      input: presentation('dev-l5-classic'),
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout) as {
      roots: { root: string; side: string }[];
      triage: { level: string };
    };
    assert.equal(a.roots[0]?.root, 'L5');
    assert.equal(a.roots[0]?.side, 'right');
    assert.equal(a.triage.level, 'routine');
  });
});
