import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runForamen } from '../support/memory-io.js';

/** The CONTRACTS.md example regimen. */
const CONTRACT_EXAMPLE = {
  patient: {
    age: 72,
    eGFR: 38,
    pregnant: false,
    weightKg: 70,
    comorbidities: [
      'ckd',
      'heart-failure',
      'liver-disease',
      'peptic-ulcer',
      'anticoagulated',
      'alcohol-use',
      'epilepsy',
      'diabetes',
    ],
  },
  drugs: [
    { drug: 'ibuprofen', doseMg: 600, timesPerDay: 4 },
    { drug: 'Tylenol', dose: 1, unit: 'g', frequency: 'q6h' },
    { drug: 'tramadol', doseMg: 50, frequency: 'every 6 hours as needed' },
  ],
};

interface MedsJson {
  drugs: { input: string; drug: string | null; dailyMg: number | null }[];
  alerts: { severity: string; code: string; drugs: string[]; text: string; source: string }[];
  disclaimer: string;
}

describe('foramen meds (in-process)', () => {
  it('--json gives { drugs: [{ input, drug, dailyMg }], alerts: [{ severity, code, drugs, text, source }] }', async () => {
    const r = await runForamen(['meds', '-', '--json'], JSON.stringify(CONTRACT_EXAMPLE));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const body = JSON.parse(r.stdout) as MedsJson;
    assert.deepEqual(
      body.drugs.map((d) => [d.input, d.drug, d.dailyMg]),
      [
        ['ibuprofen', 'ibuprofen', 2400],
        ['Tylenol', 'acetaminophen', 4000],
        ['tramadol', 'tramadol', 200],
      ],
    );
    assert.ok(body.alerts.length > 0);
    for (const a of body.alerts) {
      assert.ok(['critical', 'warning', 'info'].includes(a.severity));
      assert.ok(
        a.code.length > 0 && a.text.length > 0 && a.source.length > 0 && a.drugs.length > 0,
      );
    }
    assert.ok(
      body.alerts.some(
        (a) =>
          a.severity === 'critical' && a.code === 'hepatic' && a.drugs.includes('acetaminophen'),
      ),
    );
    assert.match(body.disclaimer, /not a diagnosis/);
  });

  it('prints JSON when stdout is not a terminal, even without --json', async () => {
    const r = await runForamen(
      ['meds', '-'],
      JSON.stringify({ drugs: [{ drug: 'acetaminophen', dose: '1 g', frequency: 'q4h' }] }),
    );
    assert.equal(r.code, 0);
    const body = JSON.parse(r.stdout) as MedsJson;
    assert.equal(body.alerts[0]?.severity, 'critical');
    assert.equal(body.alerts[0]?.code, 'max-daily-dose');
  });

  it('prints a readable table and alerts by severity on a terminal', async () => {
    const r = await runForamen(['meds', '-'], JSON.stringify(CONTRACT_EXAMPLE), { tty: true });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^drug\s+as written\s+per dose\s+frequency\s+daily total\n/);
    assert.match(r.stdout, /\nacetaminophen\s+Tylenol\s+1,000 mg\s+4\/day\s+4,000 mg\n/);
    assert.match(r.stdout, /\nCRITICAL \(\d+\)\n {2}\[/);
    assert.match(r.stdout, /\nWARNING \(\d+\)\n/);
    assert.ok(r.stdout.indexOf('CRITICAL') < r.stdout.indexOf('WARNING'));
    assert.match(r.stdout, /source: /);
    assert.match(r.stdout, /not a diagnosis/);
  });

  it('reads a file argument', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'foramen-meds-'));
    const file = join(dir, 'regimen.json');
    writeFileSync(
      file,
      JSON.stringify({
        drugs: [{ drug: 'gabapentin', doseMg: 1200, frequency: 'tid' }],
        patient: { eGFR: 25 },
      }),
    );
    const r = await runForamen(['meds', file, '--json']);
    assert.equal(r.code, 0);
    const body = JSON.parse(r.stdout) as MedsJson;
    assert.ok(
      body.alerts.some(
        (a) => a.severity === 'critical' && a.code === 'renal' && a.drugs.includes('gabapentin'),
      ),
    );
  });

  const bad: [string, string, string][] = [
    [
      'negative dose',
      JSON.stringify({ drugs: [{ drug: 'ibuprofen', doseMg: -400, timesPerDay: 3 }] }),
      'foramen: drugs[0].doseMg: must be greater than 0\n',
    ],
    [
      'unknown unit',
      JSON.stringify({
        drugs: [
          { drug: 'ibuprofen', doseMg: 400, timesPerDay: 3 },
          { drug: 'Tylenol', dose: 1, unit: 'spoonful', frequency: 'q6h' },
        ],
      }),
      'foramen: drugs[1].unit: unknown unit "spoonful"; use one of mg, g, mcg, %, patch, tablet, application, mL, IU, spray, injection\n',
    ],
    [
      'unparseable frequency',
      JSON.stringify({
        drugs: [
          { drug: 'ibuprofen', doseMg: 400, timesPerDay: 3 },
          { drug: 'Tylenol', dose: '1 g', frequency: 'whenever' },
        ],
      }),
      'foramen: drugs[1].frequency: cannot read "whenever" as a frequency; write e.g. "q6h", "tid", "every 8 hours", "3 times a day", "at bedtime" or "prn"\n',
    ],
    [
      'unknown field',
      JSON.stringify({ drugs: [], extra: 1 }),
      'foramen: extra: unknown field "extra"\n',
    ],
  ];
  for (const [name, stdin, line] of bad) {
    it(`${name}: one line on stderr naming the field, exit 1`, async () => {
      const r = await runForamen(['meds', '-', '--json'], stdin);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, line);
      assert.equal(r.stdout, '');
    });
  }

  it('invalid JSON: one line, exit 1', async () => {
    const r = await runForamen(['meds', '-'], '{ "drugs": [');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^foramen: stdin: not valid JSON/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });

  it('missing file: one line, exit 1', async () => {
    const r = await runForamen(['meds', '/nonexistent/regimen.json']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'foramen: FILE: /nonexistent/regimen.json: no such file\n');
  });
});

describe('foramen meds (spawned)', () => {
  it('node dist/src/cli/run.js meds - reads standard input and prints JSON', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const r = spawnSync(
      process.execPath,
      [join(root, 'dist/src/cli/run.js'), 'meds', '-', '--json'],
      {
        input: JSON.stringify({
          drugs: [
            { drug: 'Norco', dose: 2, unit: 'tablets', frequency: 'q4h' },
            { drug: 'Tylenol', doseMg: 1000, frequency: 'qid' },
          ],
        }),
        encoding: 'utf8',
        cwd: root,
      },
    );
    assert.equal(r.status, 0, r.stderr);
    const body = JSON.parse(r.stdout) as MedsJson;
    assert.ok(
      body.alerts.some(
        (a) =>
          a.severity === 'critical' &&
          a.code === 'max-daily-dose' &&
          a.drugs.includes('acetaminophen'),
      ),
    );
  });
});
