/**
 * Rules changed after the fourth blind case review, one row per wording with its source: sacroiliac
 * joint pain is buttock pain that may refer into the thigh but not below the knee, without
 * paraesthesia or root signs (Laslett 2005).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from './assess.js';
import type { Presentation } from './schema.js';

const noMeds = { checkMedications: null } as const;
const listsSacroiliac = (p: Presentation): boolean =>
  assess(p, noMeds).differentials.some((d) => d.code === 'sacroiliac-joint-pain');

describe('sacroiliac joint pain (Laslett 2005)', () => {
  const rows: readonly { name: string; p: Presentation; listed: boolean }[] = [
    {
      name: 'buttock pain alone',
      p: { symptoms: [{ kind: 'pain', region: 'buttock', side: 'left' }] },
      listed: true,
    },
    {
      name: 'buttock pain referring into the back of the thigh',
      p: {
        symptoms: [
          { kind: 'pain', region: 'buttock', side: 'right' },
          { kind: 'pain', region: 'posterior-thigh', side: 'right' },
        ],
      },
      listed: true,
    },
    {
      name: 'buttock pain with pain below the knee (radicular distribution)',
      p: {
        symptoms: [
          { kind: 'pain', region: 'buttock', side: 'right' },
          { kind: 'pain', region: 'posterior-leg', side: 'right' },
        ],
      },
      listed: false,
    },
    {
      name: 'buttock pain with thigh tingling',
      p: {
        symptoms: [
          { kind: 'pain', region: 'buttock', side: 'left' },
          { kind: 'tingling', region: 'posterior-thigh', side: 'left' },
        ],
      },
      listed: false,
    },
    {
      name: 'buttock pain with a reduced ankle jerk (a root sign)',
      p: {
        symptoms: [{ kind: 'pain', region: 'buttock', side: 'left' }],
        exam: { reflexes: [{ reflex: 'achilles', side: 'left', status: 'reduced' }] },
      },
      listed: false,
    },
  ];
  for (const row of rows) {
    it(`${row.listed ? 'lists' : 'does not list'} it for ${row.name}`, () =>
      assert.equal(listsSacroiliac(row.p), row.listed));
  }
});
