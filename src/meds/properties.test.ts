import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { getKb } from '../kb/load.js';
import { checkMedications } from './check.js';
import type { MedsCheckResult } from './check.js';
import { REVIEW_THRESHOLDS } from './limit-rules.js';
import { SEVERITY_RANK } from './alerts.js';
import { CAUTION_COMORBIDITIES } from '../../test/support/meds.js';

const kb = getKb();

/** Drugs the properties draw from: the articles' medicines, interacting ones and combinations, under several names. */
const POOL = [
  'ibuprofen',
  'Advil',
  'naproxen',
  'celecoxib',
  'diclofenac',
  'meloxicam',
  'ketorolac',
  'etoricoxib',
  'acetaminophen',
  'Tylenol',
  'cyclobenzaprine',
  'baclofen',
  'tizanidine',
  'methocarbamol',
  'clonazepam',
  'gabapentin',
  'pregabalin',
  'carbamazepine',
  'duloxetine',
  'venlafaxine',
  'amitriptyline',
  'nortriptyline',
  'tramadol',
  'tapentadol',
  'codeine',
  'oxycodone',
  'morphine',
  'prednisone',
  'aspirin',
  'warfarin',
  'apixaban',
  'clopidogrel',
  'sertraline',
  'fluoxetine',
  'fluvoxamine',
  'ciprofloxacin',
  'phenelzine',
  'lisinopril',
  'furosemide',
  'lithium',
  'methotrexate',
  'bupropion',
  'diazepam',
  'Norco',
  'Tylenol #3',
  'Percocet',
  'Ultracet',
  'oxycodone/naloxone',
  'gabapentn',
  'unobtainium',
] as const;

const FREQUENCIES = [
  'q6h',
  'q4-6h',
  'tid',
  'bid',
  'qid',
  'qd',
  'once daily',
  'every 8 hours',
  '3x/day',
  'at bedtime',
  'as needed up to 4 times a day',
  'prn',
  'weekly',
] as const;
const COMORBIDITIES = [...CAUTION_COMORBIDITIES, 'copd', 'falls', 'cirrhosis'] as const;

const lineArb = fc.record(
  {
    drug: fc.constantFrom(...POOL),
    doseMg: fc.double({ min: 0.5, max: 2000, noNaN: true }),
    timesPerDay: fc.integer({ min: 1, max: 6 }),
    frequency: fc.constantFrom(...FREQUENCIES),
    durationDays: fc.integer({ min: 0, max: 30 }),
  },
  { requiredKeys: ['drug', 'doseMg'] },
);

const patientArb = fc.record(
  {
    age: fc.integer({ min: 5, max: 95 }),
    eGFR: fc.integer({ min: 5, max: 120 }),
    weightKg: fc.integer({ min: 35, max: 130 }),
    pregnant: fc.boolean(),
    pregnancyWeeks: fc.integer({ min: 4, max: 40 }),
    breastfeeding: fc.boolean(),
    comorbidities: fc.subarray([...COMORBIDITIES]),
  },
  { requiredKeys: [] },
);

const regimenArb = fc.record({
  patient: patientArb,
  drugs: fc.array(lineArb, { minLength: 1, maxLength: 6 }),
});

/** The worst severity raised for each (code, drug). */
function severities(result: MedsCheckResult): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of result.alerts) {
    for (const d of a.drugs) {
      const key = `${a.code}|${d}`;
      out.set(key, Math.max(out.get(key) ?? 0, SEVERITY_RANK[a.severity]));
    }
  }
  return out;
}

function assertNoneLost(before: MedsCheckResult, after: MedsCheckResult): void {
  const b = severities(before);
  const a = severities(after);
  for (const [key, rank] of b) {
    assert.ok(
      (a.get(key) ?? 0) >= rank,
      `${key} fell from ${String(rank)} to ${String(a.get(key) ?? 0)}`,
    );
  }
}

const RUNS = { numRuns: 250 } as const;

describe('checkMedications properties', () => {
  it('raising one dose never removes or softens an alert, and never lowers a daily total', () => {
    fc.assert(
      fc.property(
        regimenArb,
        fc.nat(),
        fc.double({ min: 1, max: 6, noNaN: true }),
        (regimen, pick, factor) => {
          const i = pick % regimen.drugs.length;
          const raised = {
            ...regimen,
            drugs: regimen.drugs.map((d, j) => (j === i ? { ...d, doseMg: d.doseMg * factor } : d)),
          };
          const before = checkMedications(regimen);
          const after = checkMedications(raised);
          assertNoneLost(before, after);
          for (const t of before.totals) {
            const later = after.totals.find((x) => x.drug === t.drug && x.unit === t.unit);
            assert.ok(later && later.amount >= t.amount - 1e-9, `${t.drug} total fell`);
          }
        },
      ),
      { ...RUNS, seed: 5151 },
    );
  });

  it('taking a dose more often never removes or softens an alert', () => {
    fc.assert(
      fc.property(regimenArb, fc.nat(), fc.integer({ min: 1, max: 4 }), (regimen, pick, extra) => {
        const i = pick % regimen.drugs.length;
        const base = {
          ...regimen,
          drugs: regimen.drugs.map((d) => ({
            drug: d.drug,
            doseMg: d.doseMg,
            timesPerDay: d.timesPerDay ?? 1,
          })),
        };
        const more = {
          ...base,
          drugs: base.drugs.map((d, j) =>
            j === i ? { ...d, timesPerDay: Math.min(24, d.timesPerDay + extra) } : d,
          ),
        };
        assertNoneLost(checkMedications(base), checkMedications(more));
      }),
      { ...RUNS, seed: 6262 },
    );
  });

  it('adding a drug never removes or softens an alert, wherever it is inserted', () => {
    fc.assert(
      fc.property(regimenArb, lineArb, fc.nat(), (regimen, extra, at) => {
        const position = at % (regimen.drugs.length + 1);
        const drugs = [
          ...regimen.drugs.slice(0, position),
          extra,
          ...regimen.drugs.slice(position),
        ];
        assertNoneLost(checkMedications(regimen), checkMedications({ ...regimen, drugs }));
      }),
      { ...RUNS, seed: 7373 },
    );
  });

  it('a daily total above a labelled maximum always raises a critical alert', () => {
    fc.assert(
      fc.property(regimenArb, (regimen) => {
        const result = checkMedications(regimen);
        for (const total of result.totals) {
          const entry = kb.byId.get(`drug-${total.drug}`);
          if (
            entry?.category !== 'drug' ||
            REVIEW_THRESHOLDS[entry.id] ||
            (entry.maxDaily.per ?? 'day') !== 'day'
          ) {
            continue;
          }
          if (
            total.unit !== entry.maxDaily.unit &&
            !(entry.maxDaily.unit === 'application' && total.unit === 'application')
          ) {
            continue;
          }
          if (total.amount > entry.maxDaily.amount + 1e-9) {
            assert.ok(
              result.alerts.some(
                (a) =>
                  a.severity === 'critical' &&
                  a.code === 'max-daily-dose' &&
                  a.drugs.includes(total.drug),
              ),
              `${total.drug} ${String(total.amount)} > ${String(entry.maxDaily.amount)} without a critical alert`,
            );
          }
        }
      }),
      { ...RUNS, seed: 8484 },
    );
  });

  it('never throws on valid input; every alert cites known sources and alerts come most severe first', () => {
    fc.assert(
      fc.property(regimenArb, (regimen) => {
        const result = checkMedications(regimen);
        assert.equal(result.drugs.length, regimen.drugs.length);
        for (const [i, a] of result.alerts.entries()) {
          for (const s of a.sources) assert.ok(kb.citations.has(s), s);
          const prev = result.alerts[i - 1];
          if (prev) assert.ok(SEVERITY_RANK[prev.severity] >= SEVERITY_RANK[a.severity]);
        }
      }),
      { ...RUNS, seed: 9595 },
    );
  });

  it('the order of the drug lines does not change which alerts are raised', () => {
    fc.assert(
      fc.property(regimenArb, (regimen) => {
        const reversed = { ...regimen, drugs: [...regimen.drugs].reverse() };
        assert.deepEqual(
          [...severities(checkMedications(reversed))].sort(),
          [...severities(checkMedications(regimen))].sort(),
        );
      }),
      { ...RUNS, seed: 1212 },
    );
  });
});
