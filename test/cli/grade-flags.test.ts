// The `grade` flags come from the grading registry: every input field of every system is a flag, and a
// system's example input given as flags grades exactly as the same input given as JSON.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { runForamen } from '../support/memory-io.js';
import { GRADING_SYSTEMS, describeGradingSystems } from '../../src/index.js';
import type { GradingSystem } from '../../src/index.js';
import { createProgram } from '../../src/cli/program.js';
import { flagsFor, gradeFlags } from '../../src/cli/commands/grade.js';

const io = {
  stdin: Readable.from(['']),
  stdout: { write: () => true },
  stderr: { write: () => true },
};

describe('foramen grade flags from the registry', () => {
  it('every input field of every system is an option of the grade command', async () => {
    const program = await createProgram(io, ['grade']);
    const command = program.commands.find((c) => c.name() === 'grade');
    assert.ok(command);
    const options = new Set(command.options.map((o) => o.long));
    let fields = 0;
    for (const system of describeGradingSystems().systems) {
      assert.ok(system.inputs.length > 0, system.id);
      for (const input of system.inputs) {
        const flag = gradeFlags().find((f) => f.system === system.id && f.field === input.field);
        assert.ok(flag, `${system.id}.${input.field} has no flag`);
        assert.ok(options.has(`--${flag.name}`), `--${flag.name} is not an option`);
        if (flag.negatable) assert.ok(options.has(`--no-${flag.name}`), `--no-${flag.name}`);
        fields++;
      }
    }
    assert.equal(gradeFlags().length, fields, 'a flag without a field');
  });

  for (const system of describeGradingSystems().systems) {
    it(`${system.id}: its example as flags grades as the example as JSON`, async () => {
      const example = (GRADING_SYSTEMS[system.id] as GradingSystem).example;
      const flags = flagsFor(system.id, example);
      assert.ok(flags.length > 0);
      const byFlags = await runForamen(['grade', system.id, ...flags, '--json']);
      const byJson = await runForamen(['grade', system.id, '-', '--json'], JSON.stringify(example));
      assert.equal(byFlags.code, 0, byFlags.stderr);
      assert.equal(byJson.code, 0, byJson.stderr);
      assert.deepEqual(JSON.parse(byFlags.stdout), JSON.parse(byJson.stdout));
    });
  }

  it('a value field given twice, positionally and by its flag, is one line naming the flag', async () => {
    const r = await runForamen(['grade', 'percent', '38', '--reduction-percent', '40']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^foramen: --reduction-percent: give reductionPercent once/);
  });

  it('Pfirrmann grades by position and in any case come from the registry grades', async () => {
    for (const [value, grade] of [
      ['1', 'I'],
      ['v', 'V'],
      ['--grade=ii', 'II'],
    ] as const) {
      const r = await runForamen(['grade', 'pfirrmann', value, '--json']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal((JSON.parse(r.stdout) as { grade: string }).grade, grade);
    }
  });
});
