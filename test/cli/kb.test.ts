import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runForamen } from '../support/memory-io.js';

describe('foramen kb (in-process)', () => {
  it('list --json gives { items: [{ id, category, name }] }', async () => {
    const r = await runForamen(['kb', 'list', 'anatomy', '--json']);
    assert.equal(r.code, 0);
    const body = JSON.parse(r.stdout) as {
      items: { id: string; category: string; name: string }[];
    };
    assert.ok(body.items.length >= 12);
    for (const item of body.items) assert.deepEqual(Object.keys(item), ['id', 'category', 'name']);
    assert.ok(body.items.every((i) => i.category === 'anatomy'));
  });

  it('show --json gives the whole entry with its citations', async () => {
    const r = await runForamen(['kb', 'show', 'level-l4-l5', '--json']);
    assert.equal(r.code, 0);
    const entry = JSON.parse(r.stdout) as {
      id: string;
      citations: { id: string }[];
      summary: string;
    };
    assert.equal(entry.id, 'level-l4-l5');
    assert.ok(entry.citations.length > 0);
    assert.match(entry.summary, /L4 root leaves/);
  });

  it('show prints readable text with references and the disclaimer on a terminal', async () => {
    const r = await runForamen(['kb', 'show', 'root-l5'], '', { tty: true });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^L5 nerve root {2}\[root-l5, anatomy\]/);
    assert.match(r.stdout, /references:/);
    assert.match(r.stdout, /not a diagnosis/);
  });

  it('find --json gives ranked { results: [{ id, category, name, score }] }', async () => {
    const r = await runForamen(['kb', 'find', 'L5', 'root', '--json']);
    assert.equal(r.code, 0);
    const body = JSON.parse(r.stdout) as { results: { id: string; score: number }[] };
    assert.equal(body.results[0]?.id, 'root-l5');
    assert.deepEqual(Object.keys(body.results[0] ?? {}), ['id', 'category', 'name', 'score']);
  });

  const bad: [string, string[], RegExp][] = [
    ['unknown command', ['kb', 'frobnicate'], /^foramen: unknown command 'frobnicate'/],
    ['unknown top-level command', ['nonsense'], /^foramen: unknown command 'nonsense'/],
    [
      'unknown id',
      ['kb', 'show', 'drug-unobtainium'],
      /^foramen: id: no entry with id "drug-unobtainium"/,
    ],
    [
      'unknown category',
      ['kb', 'list', 'potions'],
      /^foramen: category: unknown category "potions"; expected one of anatomy, /,
    ],
    ['missing argument', ['kb', 'show'], /^foramen: missing required argument 'id'/],
    ['a group without its command', ['kb'], /^foramen: 'kb' needs a command: list, show, find\n$/],
  ];
  for (const [name, args, pattern] of bad) {
    it(`${name}: one line on stderr, non-zero exit`, async () => {
      const r = await runForamen(args);
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.equal(r.stdout, '');
    });
  }
});

describe('foramen kb (spawned)', () => {
  it('the built command answers kb find and exits 0', () => {
    const run = fileURLToPath(new URL('../../src/cli/run.js', import.meta.url));
    const r = spawnSync(process.execPath, [run, 'kb', 'find', 'L4', 'root', '--json'], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { results: { id: string }[] }).results[0]?.id, 'root-l4');
  });

  it('a bad id exits non-zero with one line and no stack trace', () => {
    const run = fileURLToPath(new URL('../../src/cli/run.js', import.meta.url));
    const r = spawnSync(process.execPath, [run, 'kb', 'show', 'nope'], { encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.doesNotMatch(r.stderr, /at .*\.js/);
  });
});

describe('foramen piped into a reader that stops early', () => {
  it('exits 0 without an EPIPE stack trace', () => {
    const run = fileURLToPath(new URL('../../src/cli/run.js', import.meta.url));
    const r = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${run}" kb list --json | head -c 10 > /dev/null; echo "exit:\${PIPESTATUS:-$?}"`,
      ],
      { encoding: 'utf8' },
    );
    assert.doesNotMatch(r.stderr, /EPIPE|at .*\.js/);
  });
});

describe('foramen --version', () => {
  it('prints the package version', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const r = await runForamen(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout.trim(), pkg.version);
  });
});
