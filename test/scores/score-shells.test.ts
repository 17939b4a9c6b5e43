import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { runForamen } from '../support/memory-io.js';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'foramen-score-'));
  writeFileSync(
    join(dir, 'odi.json'),
    JSON.stringify({ answers: [3, 2, 3, 2, 2, 2, 1, null, 1, 0] }),
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('foramen score', () => {
  it('reads FILE and prints the contract fields with --json', async () => {
    const r = await runForamen(['score', 'odi', join(dir, 'odi.json'), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const body = JSON.parse(r.stdout) as { score: number; band: string; answered: number };
    assert.ok(Math.abs(body.score - (16 / 45) * 100) < 1e-9);
    assert.equal(body.band, 'moderate disability');
    assert.equal(body.answered, 9);
  });

  it('reads standard input for - (the CONTRACTS startback example)', async () => {
    const r = await runForamen(
      ['score', 'startback', '-', '--json'],
      JSON.stringify({ answers: [1, 1, 1, 1, 1, 0, 1, 0, 0] }),
    );
    assert.equal(r.code, 0, r.stderr);
    const body = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.deepEqual([body.total, body.psychosocial, body.risk], [6, 2, 'medium']);
  });

  it('prints readable text for people on a terminal', async () => {
    const r = await runForamen(['score', 'nrs', '7', '--site', 'leg'], '', { tty: true });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^leg pain 7\/10 \(severe\)/);
    assert.match(r.stdout, /source: pro-ostelo-2008/);
  });

  it('lists the instruments', async () => {
    const r = await runForamen(['score', '--list', '--json']);
    assert.deepEqual(
      (JSON.parse(r.stdout) as { instruments: { id: string }[] }).instruments.map((i) => i.id),
      ['odi', 'startback', 'nrs', 'zcq', 'rmdq'],
    );
  });

  const bad: [string, string[], string, string][] = [
    [
      'an out-of-range answer',
      ['score', 'odi', '-'],
      JSON.stringify({ answers: [1, 1, 1, 1, 1, 1, 1, 1, 1, 9] }),
      'foramen: answers[9]: must be a whole number from 0 to 5\n',
    ],
    [
      'an unknown instrument',
      ['score', 'sf36', '-'],
      '{}',
      'foramen: instrument: unknown instrument "sf36"; expected one of odi, startback, nrs, zcq, rmdq\n',
    ],
    ['bad JSON', ['score', 'nrs', '-'], '{', ''],
    [
      'a missing file',
      ['score', 'nrs'],
      '',
      'foramen: FILE: give a JSON file or - for standard input\n',
    ],
  ];
  for (const [name, args, stdin, line] of bad) {
    it(`${name}: exit 1 and one stderr line`, async () => {
      const r = await runForamen(args, stdin);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.split('\n').length, 2);
      if (line) assert.equal(r.stderr, line);
    });
  }

  it('works as a spawned process with standard input', () => {
    const r = spawnSync(process.execPath, ['dist/src/cli/run.js', 'score', 'odi', '-', '--json'], {
      input: JSON.stringify({ answers: [5, 3, 3, 2, 2, 2, 1, 1, 1, 1] }),
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      (({ score, band, answered }) => ({ score, band, answered }))(
        JSON.parse(r.stdout) as Record<string, unknown>,
      ),
      { score: 42, band: 'severe disability', answered: 10 },
    );
  });
});

describe('POST /api/scores/:instrument', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildApp({ logger: false });
  });
  after(async () => {
    await app.close();
  });

  it('scores like the CLI', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/scores/odi',
      payload: { answers: [5, 3, 3, 2, 2, 2, 1, 1, 1, 1] },
    });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(
      (({ score, band, answered }) => ({ score, band, answered }))(
        res.json<Record<string, unknown>>(),
      ),
      { score: 42, band: 'severe disability', answered: 10 },
    );
  });

  it('lists the instruments at GET /api/scores', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/scores' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json<{ instruments: unknown[] }>().instruments.length, 5);
  });

  const bad: [string, string, unknown, string][] = [
    ['odi', 'an answer out of range', { answers: [1, 1, 1, 1, 1, 1, 1, 1, 1, 6] }, 'answers[9]'],
    ['startback', 'eight answers', { answers: [0, 0, 0, 0, 0, 0, 0, 0] }, 'answers'],
    ['nrs', 'a value of 11', { value: 11 }, 'value'],
    ['nrs', 'an unknown field', { value: 3, patient: 'x' }, 'patient'],
    ['sf36', 'an unknown instrument', {}, 'instrument'],
  ];
  for (const [instrument, name, payload, path] of bad) {
    it(`${instrument}: ${name} → 400 naming ${path}`, async () => {
      const res = await app.inject({
        method: 'POST',
        url: `/api/scores/${instrument}`,
        payload: payload as Record<string, unknown>,
      });
      assert.equal(res.statusCode, 400);
      assert.equal(res.json<{ error: { path: string } }>().error.path, path);
    });
  }
});
