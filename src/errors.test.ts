import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod';
import {
  ForamenError,
  InputError,
  formatIssuePath,
  isForamenError,
  isInputError,
  parseInput,
} from './errors.js';
import { RecordError } from './records/index.js';

const Schema = z.strictObject({
  exam: z.strictObject({
    motor: z.array(
      z.strictObject({ mrc: z.number().int().min(0).max(5), side: z.enum(['left', 'right']) }),
    ),
  }),
});

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parseInput', () => {
  it('returns parsed data for valid input', () => {
    assert.deepEqual(parseInput(Schema, { exam: { motor: [{ mrc: 4, side: 'left' }] } }), {
      exam: { motor: [{ mrc: 4, side: 'left' }] },
    });
  });

  it('names the path of an out-of-range number', () => {
    const e = errorOf(() => parseInput(Schema, { exam: { motor: [{ mrc: 7, side: 'left' }] } }));
    assert.equal(e.path, 'exam.motor[0].mrc');
    assert.equal(e.message, 'must be at most 5');
  });

  it('lists the allowed values of an enum', () => {
    const e = errorOf(() => parseInput(Schema, { exam: { motor: [{ mrc: 4, side: 'up' }] } }));
    assert.equal(e.toLine(), 'exam.motor[0].side: must be one of "left", "right"');
  });

  it('points at an unknown field itself', () => {
    const e = errorOf(() => parseInput(Schema, { exam: { motor: [] }, extra: 1 }));
    assert.equal(e.toLine(), 'extra: unknown field "extra"');
  });

  it('names the whole input when it is not an object', () => {
    const e = errorOf(() => parseInput(Schema, 'text'));
    assert.equal(e.toLine(), 'input: must be object, not string');
  });

  it('says a missing field is required', () => {
    const e = errorOf(() => parseInput(Schema, {}));
    assert.equal(e.toLine(), 'exam: is required (object)');
  });

  it('formats paths with indexes', () => {
    assert.equal(formatIssuePath(['a', 0, 'b', 12]), 'a[0].b[12]');
  });
});

describe('the error family', () => {
  it('InputError is a ForamenError answering 400 with its code, path and one line', () => {
    const e = new InputError('unknown-id', 'id', 'no such entry');
    assert.ok(e instanceof ForamenError);
    assert.ok(isForamenError(e));
    assert.equal(e.status, 400);
    assert.equal(e.toLine(), 'id: no such entry');
  });

  it('recognises a copy of the class from another bundle by its shape, and nothing else', () => {
    const copy = Object.assign(new Error('gone'), {
      code: 'link-invalid',
      path: 'token',
      status: 410,
      toLine: () => 'token: gone',
    });
    assert.ok(isForamenError(copy));
    assert.ok(!isForamenError(new Error('plain')));
    assert.ok(!isForamenError({ code: 'x', path: '', status: 400 }));
  });
});

describe('the record store joins the family', () => {
  it('RecordError keeps its codes and statuses and is not bad input', () => {
    const e = new RecordError('link-invalid', 'token', 'this link was used');
    assert.ok(e instanceof ForamenError);
    assert.equal(e.status, 410);
    assert.equal(e.code, 'link-invalid');
    assert.equal(e.name, 'RecordError');
    assert.ok(!isInputError(e));
    assert.equal(new RecordError('not-found', 'id', 'no such patient').status, 404);
  });
});
