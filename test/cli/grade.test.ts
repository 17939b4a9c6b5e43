import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runForamen } from '../support/memory-io.js';
import { getKb } from '../../src/index.js';

const showCitationIds = (): string[] => [...getKb().citations.keys()];

interface Graded {
  system: string;
  grade: string | number;
  label: string;
  severity: string;
  criteria: string[];
  source: string;
  warnings: string[];
  rsnaClass: string;
}
const parse = (stdout: string) => JSON.parse(stdout) as Graded;

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'foramen-grade-'));
  writeFileSync(
    join(dir, 'lee.json'),
    JSON.stringify({
      fatObliteration: { superior: true, inferior: true, anterior: true, posterior: true },
      rootMorphologyChanged: false,
    }),
  );
  writeFileSync(
    join(dir, 'extra.json'),
    JSON.stringify({ epiduralFat: 'partial', level: 'L4-L5' }),
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('foramen grade: JSON in, JSON out', () => {
  it('reads FILE and prints the contract shape', async () => {
    const r = await runForamen(['grade', 'lee', join(dir, 'lee.json'), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const body = parse(r.stdout);
    assert.deepEqual(Object.keys(body).slice(0, 6), [
      'system',
      'grade',
      'label',
      'severity',
      'criteria',
      'source',
    ]);
    assert.deepEqual(
      [body.system, body.grade, body.label, body.severity, body.source],
      ['lee', 2, 'moderate', 'moderate', 'lee-2010'],
    );
  });

  it('reads standard input for -', async () => {
    const r = await runForamen(
      ['grade', 'wildermuth', '-'],
      JSON.stringify({ epiduralFat: 'obliterated' }),
    );
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual([parse(r.stdout).grade, parse(r.stdout).label], [3, 'advanced']);
  });

  it('prints JSON by default when stdout is not a terminal', async () => {
    const r = await runForamen(
      ['grade', 'percent', '-'],
      '{"normalAreaMm2": 80, "measuredAreaMm2": 20}',
    );
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      [
        parse(r.stdout).grade,
        (JSON.parse(r.stdout) as { reductionPercent: number }).reductionPercent,
      ],
      ['severe', 75],
    );
  });
});

describe('foramen grade: quick flags for people', () => {
  const cases: [string[], string | number, string][] = [
    [['lee', '--superior', '--inferior'], 1, 'mild'],
    [['lee', '--anterior', '--posterior', '--superior'], 1, 'mild'],
    [['lee', '--superior', '--posterior'], 0, 'none'],
    [['lee', '--superior', '--inferior', '--anterior', '--posterior'], 2, 'moderate'],
    [['lee', '--superior', '--root-changed'], 3, 'severe'],
    [['percent', '38'], 'moderate', 'moderate'],
    [['percent', '24.99%'], 'mild', 'mild'],
    [['percent', '--normal-area', '100', '--measured-area', '49'], 'severe', 'severe'],
    [['percent', '--normal', '20', '--measured', '16', '--dimension', 'height'], 'mild', 'mild'],
    [['wildermuth', 'partial'], 2, 'moderate'],
    [['hasegawa', '--foraminal-height', '14', '--disc-height', '5'], 'critical', 'moderate'],
    [['hasegawa', '--foraminal-height', '18', '--disc-height', '5'], 'not-critical', 'none'],
    [['meyerding', '30'], 'II', 'moderate'],
    [['meyerding', '--slip-mm', '8', '--width-mm', '40'], 'I', 'mild'],
    [['pfirrmann', '3'], 'III', 'mild'],
    [['pfirrmann', 'iv'], 'IV', 'moderate'],
    [
      [
        'pfirrmann',
        '--structure',
        'inhomogeneous',
        '--distinction',
        'lost',
        '--signal',
        'hypointense',
        '--height',
        'collapsed',
      ],
      'V',
      'severe',
    ],
    [['schizas', 'b'], 'B', 'moderate'],
    [['schizas', '--csf', 'absent', '--no-posterior-fat'], 'D', 'severe'],
    [['schizas', '--csf', 'absent', '--posterior-fat'], 'C', 'severe'],
    [['schizas', '--csf', 'visible', '--rootlets', 'central'], 'A4', 'none'],
    [['modic', '1'], 1, 'mild'],
    [['modic', '--t1', 'high', '--t2', 'iso'], 2, 'mild'],
    [['disc-contour', '40'], 'bulge', 'mild'],
    [
      ['disc-contour', '--circumference', '10', '--base', '8', '--dome', '10'],
      'extrusion',
      'moderate',
    ],
    [['disc-contour', '10', '--base', '8', '--dome', '5'], 'protrusion', 'mild-moderate'],
    [['disc-contour', '5', '--free-fragment'], 'sequestration', 'moderate-severe'],
  ];
  for (const [args, grade, severity] of cases) {
    it(`grade ${args.join(' ')} → ${grade} (${severity})`, async () => {
      const r = await runForamen(['grade', ...args, '--json']);
      assert.equal(r.code, 0, r.stderr);
      const body = parse(r.stdout);
      assert.deepEqual([body.grade, body.severity], [grade, severity]);
    });
  }

  it('prints readable text on a terminal: grade, label, severity, criteria, source', async () => {
    const r = await runForamen(['grade', 'lee', '--superior', '--posterior'], '', { tty: true });
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'lee: grade 0 (none)');
    assert.equal(
      lines[1],
      "severity: none (the system's own word); RSNA class: normal-mild (heuristic)",
    );
    assert.equal(lines[2], 'criteria:');
    assert.match(r.stdout, /\n {2}- Partial obliteration is not classifiable in Lee 2010/);
    assert.match(r.stdout, /\nwarnings:\n {2}! Partial fat obliteration \(superior, posterior\)/);
    assert.match(
      r.stdout,
      /\nsource: lee-2010: Lee S, Lee JW, Yeom JS, et al\. \(2010\) A practical MRI grading system/,
    );
    assert.match(r.stdout, /not a diagnosis/);
  });
});

describe('foramen grade --list', () => {
  it('--json lists every system with inputs and source', async () => {
    const r = await runForamen(['grade', '--list', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const body = JSON.parse(r.stdout) as {
      systems: { id: string; inputs: { field: string }[]; source: string; reference: string }[];
    };
    assert.deepEqual(
      body.systems.map((s) => s.id),
      [
        'lee',
        'wildermuth',
        'percent',
        'hasegawa',
        'pfirrmann',
        'meyerding',
        'schizas',
        'modic',
        'disc-contour',
      ],
    );
    // Sources are ids of the one citation registry (no grading- copies since issue 18).
    const known = new Set(showCitationIds());
    for (const s of body.systems) {
      assert.ok(s.inputs.length > 0 && known.has(s.source) && s.reference.length > 0, s.id);
    }
  });

  it('names one system when given', async () => {
    const r = await runForamen(['grade', 'hasegawa', '--list', '--json']);
    assert.deepEqual(
      (JSON.parse(r.stdout) as { systems: { id: string }[] }).systems.map((s) => s.id),
      ['hasegawa'],
    );
  });

  it('prints a readable description on a terminal', async () => {
    const r = await runForamen(['grade', '--list'], '', { tty: true });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^lee {11}Lee foraminal stenosis grade \(2010\)\n/);
    assert.match(
      r.stdout,
      /\n {16}epiduralFat {2}normal\|deformed-encircling\|partial\|obliterated {2}/,
    );
    assert.match(r.stdout, /\n {16}reductionPercent\? {2}0\.\.100 {2}/);
    assert.match(r.stdout, /\n {14}source: fardon-2014: /);
  });
});

describe('foramen grade: bad input gives one line and a non-zero exit', () => {
  const allowedFat = 'must be one of "normal", "deformed-encircling", "partial", "obliterated"';
  const cases: [string, string[], string, string][] = [
    ['a misspelt value', ['wildermuth', 'gone'], '', `foramen: epiduralFat: ${allowedFat}`],
    [
      'a misspelt value in JSON',
      ['wildermuth', '-'],
      '{"epiduralFat":"gone"}',
      `foramen: epiduralFat: ${allowedFat}`,
    ],
    ['140 %', ['percent', '140'], '', 'foramen: reductionPercent: must be from 0 to 100 (%)'],
    [
      '140 % in JSON',
      ['percent', '-'],
      '{"reductionPercent":140}',
      'foramen: reductionPercent: must be from 0 to 100 (%)',
    ],
    [
      'a negative height',
      ['hasegawa', '--foraminal-height', '-3', '--disc-height', '5'],
      '',
      'foramen: foraminalHeightMm: must be from 0 to 50 (mm)',
    ],
    [
      'a negative height in JSON',
      ['hasegawa', '-'],
      '{"foraminalHeightMm":12,"posteriorDiscHeightMm":-1}',
      'foramen: posteriorDiscHeightMm: must be from 0 to 30 (mm)',
    ],
    [
      'a height that is not a number',
      ['hasegawa', '--foraminal-height', 'low', '--disc-height', '5'],
      '',
      'foramen: foraminalHeightMm: must be number, not string',
    ],
    [
      'a missing height',
      ['hasegawa', '--foraminal-height', '14'],
      '',
      'foramen: posteriorDiscHeightMm: is required (number)',
    ],
    [
      'an unknown field in the file',
      ['wildermuth', '-'],
      '{"epiduralFat":"partial","level":"L4-L5"}',
      'foramen: level: unknown field "level"',
    ],
    [
      'an unknown system',
      ['kellgren', '2'],
      '',
      'foramen: system: unknown grading system "kellgren"; expected one of lee, wildermuth, percent, hasegawa, pfirrmann, meyerding, schizas, modic, disc-contour',
    ],
    [
      'an unknown system with --list',
      ['kellgren', '--list'],
      '',
      'foramen: system: unknown grading system "kellgren"; expected one of lee, wildermuth, percent, hasegawa, pfirrmann, meyerding, schizas, modic, disc-contour',
    ],
    [
      'no system',
      [],
      '',
      'foramen: SYSTEM: give a grading system (lee, wildermuth, percent, hasegawa, pfirrmann, meyerding, schizas, modic, disc-contour) or --list',
    ],
    [
      'no input',
      ['lee'],
      '',
      'foramen: FILE: give a JSON file, - for standard input, or flags (--superior --inferior --anterior --posterior --root-changed)',
    ],
    [
      'a flag of another system',
      ['percent', '38', '--superior'],
      '',
      'foramen: --superior: applies only to lee, not percent',
    ],
    [
      'a file and flags together',
      ['lee', 'x.json', '--superior'],
      '',
      'foramen: --superior: give JSON (FILE or -) or quick flags, not both',
    ],
    [
      'a missing file',
      ['lee', 'no-such-file.json'],
      '',
      'foramen: FILE: no-such-file.json: no such file',
    ],
    [
      'a Modic pair with no type',
      ['modic', '--t1', 'iso', '--t2', 'high'],
      '',
      'foramen: t2: T1 iso with T2 high matches no Modic type; allowed pairs (T1/T2): low/high (type 1), high/iso or high/high (type 2), low/low (type 3), iso/iso (no change)',
    ],
    [
      'a Meyerding slip over 200 %',
      ['meyerding', '250'],
      '',
      'foramen: slipPercent: must be from 0 to 200 (%)',
    ],
  ];
  for (const [name, args, stdin, line] of cases) {
    it(`${name}: ${line}`, async () => {
      const r = await runForamen(['grade', ...args], stdin);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, `${line}\n`);
      assert.equal(r.stdout, '');
    });
  }

  it('invalid JSON names stdin and the syntax problem', async () => {
    const r = await runForamen(['grade', 'lee', '-'], '{"fatObliteration": ');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^foramen: stdin: not valid JSON \(/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });
});

describe('foramen grade (spawned)', () => {
  it('the built command grades from flags and from standard input', () => {
    const run = fileURLToPath(new URL('../../src/cli/run.js', import.meta.url));
    const flags = spawnSync(
      process.execPath,
      [run, 'grade', 'lee', '--superior', '--inferior', '--json'],
      { encoding: 'utf8' },
    );
    assert.equal(flags.status, 0, flags.stderr);
    assert.equal(parse(flags.stdout).grade, 1);
    const stdin = spawnSync(process.execPath, [run, 'grade', 'percent', '-'], {
      encoding: 'utf8',
      input: '{"reductionPercent": 50.01}',
    });
    assert.equal(stdin.status, 0, stdin.stderr);
    assert.equal(parse(stdin.stdout).grade, 'severe');
  });

  it('bad input exits 1 with one line and no stack trace', () => {
    const run = fileURLToPath(new URL('../../src/cli/run.js', import.meta.url));
    const r = spawnSync(process.execPath, [run, 'grade', 'percent', '140'], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, 'foramen: reductionPercent: must be from 0 to 100 (%)\n');
  });
});
