import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkMedications } from './check.js';
import type { MedsCheckResult } from './check.js';
import type { AlertCode } from './alerts.js';
import type { AlertSeverity } from '../vocab/index.js';
import { CAUTION_COMORBIDITIES, hasAlert } from '../../test/support/meds.js';

type Expectation = readonly [severity: AlertSeverity, code: AlertCode, drug: string];

interface Case {
  readonly name: string;
  readonly input: unknown;
  /** Alerts that must be present (severity, code, a drug it names). */
  readonly expect?: readonly Expectation[];
  /** (code, drug) pairs that must not be raised at the given severity or above. */
  readonly absent?: readonly Expectation[];
  /** Daily totals to check, by generic name. */
  readonly totals?: Readonly<Record<string, number>>;
  /** The citation the expected first alert must carry (the label or guideline the row tests). */
  readonly source: string;
  /** The seed article whose dose is being checked, when there is one. */
  readonly seed?: string;
}

const RANK: Readonly<Record<AlertSeverity, number>> = { critical: 3, warning: 2, info: 1 };

function findAlert(result: MedsCheckResult, [severity, code, drug]: Expectation) {
  return result.alerts.find(
    (a) => a.severity === severity && a.code === code && a.drugs.includes(drug),
  );
}

function runCase(c: Case): void {
  const result = checkMedications(c.input);
  for (const e of c.expect ?? []) {
    assert.ok(
      findAlert(result, e),
      `missing ${e.join(' ')}; got:\n${result.alerts.map((a) => `  ${a.severity} ${a.code} ${a.drugs.join(',')}`).join('\n')}`,
    );
  }
  for (const [severity, code, drug] of c.absent ?? []) {
    const hit = result.alerts.find(
      (a) => a.code === code && a.drugs.includes(drug) && RANK[a.severity] >= RANK[severity],
    );
    assert.equal(hit, undefined, `unexpected ${severity}+ ${code} ${drug}: ${hit?.text ?? ''}`);
  }
  for (const [drug, amount] of Object.entries(c.totals ?? {})) {
    assert.equal(result.totals.find((t) => t.drug === drug)?.amount, amount, `total of ${drug}`);
  }
  const first = c.expect?.[0];
  if (first) {
    const [severity, code, drug] = first;
    const cited = result.alerts.some(
      (a) =>
        a.severity === severity &&
        a.code === code &&
        a.drugs.includes(drug) &&
        a.sources.includes(c.source),
    );
    assert.ok(cited, `${first.join(' ')} should cite ${c.source}`);
  }
}

const one = (drug: Record<string, unknown>, patient?: Record<string, unknown>) => ({
  ...(patient ? { patient } : {}),
  drugs: [drug],
});

/** The articles' own doses (research/seed-inventory.md §2.7 and §3.8), judged against the labels. */
const SEED_DOSES: readonly Case[] = [
  {
    name: 'acetaminophen 1 g q6h = 4 g: at the label maximum, above the articles’ 3 g cap',
    seed: '000, 001, 004',
    input: one({ drug: 'acetaminophen', dose: '1 g', frequency: 'q6h' }),
    expect: [['warning', 'max-daily-dose', 'acetaminophen']],
    absent: [['critical', 'max-daily-dose', 'acetaminophen']],
    totals: { acetaminophen: 4000 },
    source: 'rx-label-acetaminophen',
  },
  {
    name: 'acetaminophen 1 g q4-6h allows 6 g: critical',
    seed: '002, 003',
    input: one({ drug: 'acetaminophen', doseMg: 1000, frequency: 'q4-6h' }),
    expect: [['critical', 'max-daily-dose', 'acetaminophen']],
    totals: { acetaminophen: 6000 },
    source: 'rx-label-acetaminophen',
  },
  {
    name: 'acetaminophen 1 g q4h = 6 g: critical',
    input: one({ drug: 'Tylenol', dose: 1, unit: 'g', frequency: 'q4h' }),
    expect: [['critical', 'max-daily-dose', 'acetaminophen']],
    totals: { acetaminophen: 6000 },
    source: 'rx-label-acetaminophen',
  },
  {
    name: 'acetaminophen 500 mg q6h = 2 g: no dose alert',
    input: one({ drug: 'paracetamol', doseMg: 500, frequency: 'q6h' }),
    absent: [['info', 'max-daily-dose', 'acetaminophen']],
    source: 'rx-label-acetaminophen',
  },
  {
    name: 'ibuprofen 600 mg q6h = 2,400 mg: within the 3,200 mg label, above the 1,200 mg OTC limit (info)',
    seed: '000, 002, 004',
    input: one({ drug: 'ibuprofen', doseMg: 600, frequency: 'q6h' }),
    expect: [['info', 'max-daily-dose', 'ibuprofen']],
    absent: [['warning', 'max-daily-dose', 'ibuprofen']],
    source: 'rx-label-ibuprofen-otc',
  },
  {
    name: 'ibuprofen 400 mg q6-8h = 1,600 mg: above the 1,200 mg OTC cap article 003 gives (info only)',
    seed: '003',
    input: one({ drug: 'Advil', doseMg: 400, frequency: 'q6-8h prn' }),
    expect: [['info', 'max-daily-dose', 'ibuprofen']],
    absent: [['warning', 'max-daily-dose', 'ibuprofen']],
    source: 'rx-label-ibuprofen-otc',
  },
  {
    name: 'ibuprofen 800 mg q6h = 3,200 mg: at the label maximum, above the usual range',
    input: one({ drug: 'ibuprofen', doseMg: 800, timesPerDay: 4 }),
    expect: [['warning', 'max-daily-dose', 'ibuprofen']],
    absent: [['critical', 'max-daily-dose', 'ibuprofen']],
    source: 'rx-label-ibuprofen-rx',
  },
  {
    name: 'ibuprofen 800 mg q4h = 4,800 mg: critical',
    input: one({ drug: 'ibuprofen', doseMg: 800, frequency: 'q4h' }),
    expect: [['critical', 'max-daily-dose', 'ibuprofen']],
    source: 'rx-label-ibuprofen-rx',
  },
  {
    name: 'naproxen 500 mg BID = 1,000 mg: within',
    seed: 'all',
    input: one({ drug: 'naproxen', doseMg: 500, frequency: 'bid' }),
    absent: [['warning', 'max-daily-dose', 'naproxen']],
    source: 'rx-label-naproxen',
  },
  {
    name: 'naproxen 500 mg q6h = 2,000 mg: critical',
    input: one({ drug: 'naproxen', doseMg: 500, frequency: 'q6h' }),
    expect: [['critical', 'max-daily-dose', 'naproxen']],
    source: 'rx-label-naproxen',
  },
  {
    name: 'celecoxib 200 mg BID = 400 mg: within',
    seed: 'all',
    input: one({ drug: 'celecoxib', doseMg: 200, frequency: 'bid' }),
    absent: [['warning', 'max-daily-dose', 'celecoxib']],
    source: 'rx-label-celecoxib',
  },
  {
    name: 'diclofenac 50 mg TID = 150 mg: at the routine ceiling',
    seed: '000, 001, 002, 004',
    input: one({ drug: 'diclofenac', doseMg: 50, frequency: 'tid' }),
    absent: [['warning', 'max-daily-dose', 'diclofenac']],
    source: 'rx-label-diclofenac',
  },
  {
    // 200 mg is the label maximum (rheumatoid arthritis), above the 150 mg ceiling for pain: a warning.
    name: 'diclofenac 50 mg QID = 200 mg: above the 150 mg pain ceiling, at the label maximum',
    input: one({ drug: 'diclofenac', doseMg: 50, frequency: 'qid' }),
    expect: [['warning', 'max-daily-dose', 'diclofenac']],
    absent: [['critical', 'max-daily-dose', 'diclofenac']],
    source: 'rx-label-diclofenac',
  },
  {
    name: 'diclofenac 75 mg TID = 225 mg: above the 200 mg label maximum',
    input: one({ drug: 'diclofenac', doseMg: 75, frequency: 'tid' }),
    expect: [['critical', 'max-daily-dose', 'diclofenac']],
    source: 'rx-label-diclofenac',
  },
  {
    name: 'diclofenac 75 mg ER once daily (article 000): within',
    seed: '000',
    input: one({ drug: 'diclofenac sodium ER', doseMg: 75, frequency: 'once daily' }),
    absent: [['warning', 'max-daily-dose', 'diclofenac']],
    source: 'rx-label-diclofenac',
  },
  {
    name: 'diclofenac gel 4 g QID = 16 g: within 32 g',
    seed: '003',
    input: one({ drug: 'diclofenac gel', dose: '4 g', frequency: 'qid' }),
    absent: [['info', 'max-daily-dose', 'diclofenac-gel']],
    totals: { 'diclofenac-gel': 16 },
    source: 'rx-label-diclofenac-gel',
  },
  {
    name: 'diclofenac gel 10 g QID = 40 g: critical',
    input: one({ drug: 'Voltaren gel', dose: '10 g', frequency: 'qid' }),
    expect: [['critical', 'max-daily-dose', 'diclofenac-gel']],
    source: 'rx-label-diclofenac-gel',
  },
  {
    name: 'meloxicam 15 mg daily: within',
    seed: '001, 002',
    input: one({ drug: 'meloxicam', doseMg: 15, frequency: 'daily' }),
    absent: [['info', 'max-daily-dose', 'meloxicam']],
    source: 'rx-label-meloxicam',
  },
  {
    name: 'meloxicam 15 mg BID = 30 mg: critical',
    input: one({ drug: 'Mobic', doseMg: 15, frequency: 'bid' }),
    expect: [['critical', 'max-daily-dose', 'meloxicam']],
    source: 'rx-label-meloxicam',
  },
  {
    name: 'etoricoxib 60 mg daily: within',
    seed: '001',
    input: one({ drug: 'etoricoxib', doseMg: 60, frequency: 'daily' }),
    absent: [['warning', 'max-daily-dose', 'etoricoxib']],
    source: 'rx-smpc-etoricoxib',
  },
  {
    name: 'etoricoxib 120 mg daily for 14 days: above the 8-day limit for that dose',
    input: one({ drug: 'etoricoxib', doseMg: 120, frequency: 'daily', durationDays: 14 }),
    expect: [['critical', 'max-daily-dose', 'etoricoxib']],
    source: 'rx-smpc-etoricoxib',
  },
  {
    name: 'ketorolac 30 mg q6h = 120 mg under 65: within',
    seed: '003',
    input: one({ drug: 'ketorolac', doseMg: 30, frequency: 'q6h' }, { age: 50 }),
    absent: [
      ['warning', 'max-daily-dose', 'ketorolac'],
      ['warning', 'age', 'ketorolac'],
    ],
    source: 'rx-label-ketorolac',
  },
  {
    name: 'ketorolac 30 mg q6h at 70: above the 60 mg limit for 65 or over',
    input: one({ drug: 'Toradol', doseMg: 30, frequency: 'q6h' }, { age: 70 }),
    expect: [['critical', 'age', 'ketorolac']],
    source: 'rx-label-ketorolac',
  },
  {
    name: 'ketorolac 30 mg q6h at 45 kg: above 60 mg',
    input: one({ drug: 'ketorolac', doseMg: 30, frequency: 'q6h' }, { age: 40, weightKg: 45 }),
    expect: [['critical', 'max-daily-dose', 'ketorolac']],
    source: 'rx-label-ketorolac',
  },
  {
    name: 'ketorolac for 7 days: the 5-day limit',
    seed: '003',
    input: one({ drug: 'ketorolac', doseMg: 15, frequency: 'q6h', durationDays: 7 }),
    expect: [['critical', 'duration', 'ketorolac']],
    source: 'rx-label-ketorolac',
  },
  {
    name: 'ketorolac 20 mg by mouth q6h = 80 mg: above the 40 mg oral limit',
    input: one({ drug: 'ketorolac', doseMg: 20, frequency: 'q6h', route: 'po' }),
    expect: [['critical', 'max-daily-dose', 'ketorolac']],
    source: 'meds-label-ketorolac-tablets',
  },
  {
    name: 'cyclobenzaprine 10 mg TID = 30 mg: within',
    seed: 'all',
    input: one({ drug: 'cyclobenzaprine', doseMg: 10, frequency: 'tid' }),
    absent: [['warning', 'max-daily-dose', 'cyclobenzaprine']],
    source: 'rx-label-cyclobenzaprine',
  },
  {
    name: 'cyclobenzaprine 10 mg QID = 40 mg: critical',
    input: one({ drug: 'Flexeril', doseMg: 10, frequency: 'qid' }),
    expect: [['critical', 'max-daily-dose', 'cyclobenzaprine']],
    source: 'rx-label-cyclobenzaprine',
  },
  {
    name: 'baclofen 20 mg QID = 80 mg: at the maximum',
    seed: '000-003',
    input: one({ drug: 'baclofen', doseMg: 20, frequency: 'qid' }),
    absent: [['critical', 'max-daily-dose', 'baclofen']],
    source: 'rx-label-baclofen',
  },
  {
    name: 'baclofen 30 mg TID = 90 mg: critical',
    input: one({ drug: 'baclofen', doseMg: 30, frequency: 'tid' }),
    expect: [['critical', 'max-daily-dose', 'baclofen']],
    source: 'rx-label-baclofen',
  },
  {
    name: 'tizanidine 4 mg q6-8h = 16 mg: within',
    seed: '001-003',
    input: one({ drug: 'tizanidine', doseMg: 4, frequency: 'q6-8h' }),
    absent: [['warning', 'max-daily-dose', 'tizanidine']],
    source: 'rx-label-tizanidine',
  },
  {
    name: 'tizanidine 12 mg q6h = 48 mg: critical',
    input: one({ drug: 'tizanidine', doseMg: 12, frequency: 'q6h' }),
    expect: [['critical', 'max-daily-dose', 'tizanidine']],
    source: 'rx-label-tizanidine',
  },
  {
    name: 'methocarbamol 1,500 mg QID = 6 g: allowed for the first days',
    seed: '002, 003',
    input: one({ drug: 'methocarbamol', doseMg: 1500, frequency: 'qid', durationDays: 2 }),
    absent: [['warning', 'max-daily-dose', 'methocarbamol']],
    source: 'rx-label-methocarbamol',
  },
  {
    name: 'methocarbamol 1,500 mg QID kept for 10 days: above the 4.5 g maintenance total',
    input: one({ drug: 'Robaxin', doseMg: 1500, frequency: 'qid', durationDays: 10 }),
    expect: [['warning', 'max-daily-dose', 'methocarbamol']],
    source: 'rx-label-methocarbamol',
  },
  {
    name: 'gabapentin 300 mg TID = 900 mg: within',
    seed: '004',
    input: one({ drug: 'gabapentin', doseMg: 300, frequency: 'tid' }),
    absent: [['warning', 'max-daily-dose', 'gabapentin']],
    source: 'rx-label-gabapentin',
  },
  {
    name: 'gabapentin 1,200 mg TID = 3,600 mg: at the label maximum (above the usual 1,800)',
    seed: '001, 002',
    input: one({ drug: 'gabapentin', doseMg: 1200, frequency: 'tid' }),
    expect: [['warning', 'max-daily-dose', 'gabapentin']],
    absent: [['critical', 'max-daily-dose', 'gabapentin']],
    source: 'rx-label-gabapentin',
  },
  {
    name: 'gabapentin 1,000 mg QID = 4,000 mg: critical',
    input: one({ drug: 'Neurontin', doseMg: 1000, frequency: '4 times a day' }),
    expect: [['critical', 'max-daily-dose', 'gabapentin']],
    source: 'rx-label-gabapentin',
  },
  {
    name: 'gabapentin 1,200 mg TID with eGFR 25: above the 700 mg band maximum',
    input: one({ drug: 'gabapentin', doseMg: 1200, frequency: 'tid' }, { eGFR: 25 }),
    expect: [['critical', 'renal', 'gabapentin']],
    absent: [['critical', 'max-daily-dose', 'gabapentin']],
    source: 'rx-label-gabapentin',
  },
  {
    name: 'gabapentin 300 mg BID with creatinine clearance 25: within the 700 mg band',
    input: one({ drug: 'gabapentin', doseMg: 300, frequency: 'bid' }, { creatinineClearance: 25 }),
    expect: [['info', 'renal', 'gabapentin']],
    absent: [['warning', 'renal', 'gabapentin']],
    source: 'rx-label-gabapentin',
  },
  {
    name: 'gabapentin 600 mg TID with CrCl 45: above the 1,400 mg band maximum',
    input: one({ drug: 'gabapentin', doseMg: 600, frequency: 'tid' }, { creatinineClearance: 45 }),
    expect: [['critical', 'renal', 'gabapentin']],
    source: 'rx-label-gabapentin',
  },
  {
    name: 'gabapentin 300 mg TID on dialysis: above the 300 mg band maximum',
    input: one({ drug: 'gabapentin', doseMg: 300, frequency: 'tid' }, { dialysis: true }),
    expect: [['critical', 'renal', 'gabapentin']],
    source: 'rx-label-gabapentin',
  },
  {
    name: 'gabapentin with CKD but no kidney number: ask for it',
    input: one({ drug: 'gabapentin', doseMg: 300, frequency: 'tid' }, { comorbidities: ['CKD'] }),
    expect: [['warning', 'renal', 'gabapentin']],
    source: 'rx-label-gabapentin',
  },
  {
    name: 'pregabalin 75 mg BID = 150 mg: within',
    seed: '001-004',
    input: one({ drug: 'pregabalin', doseMg: 75, frequency: 'bid' }),
    absent: [['info', 'max-daily-dose', 'pregabalin']],
    source: 'rx-label-pregabalin',
  },
  {
    name: 'pregabalin 300 mg BID = 600 mg: within the label (article 000’s maximum), above the usual 300',
    seed: '000',
    input: one({ drug: 'pregabalin', doseMg: 300, frequency: 'BID' }),
    expect: [['warning', 'max-daily-dose', 'pregabalin']],
    absent: [['critical', 'max-daily-dose', 'pregabalin']],
    source: 'rx-label-pregabalin',
  },
  {
    name: 'pregabalin 600 mg BID = 1,200 mg: critical',
    input: one({ drug: 'Lyrica', doseMg: 600, frequency: 'bid' }),
    expect: [['critical', 'max-daily-dose', 'pregabalin']],
    source: 'rx-label-pregabalin',
  },
  {
    name: 'pregabalin 150 mg BID with eGFR 45: at the 300 mg band maximum',
    input: one({ drug: 'pregabalin', doseMg: 150, frequency: 'bid' }, { eGFR: 45 }),
    expect: [['info', 'renal', 'pregabalin']],
    absent: [['warning', 'renal', 'pregabalin']],
    source: 'rx-label-pregabalin',
  },
  {
    name: 'pregabalin 150 mg BID with eGFR 20: above the 150 mg band maximum',
    input: one({ drug: 'pregabalin', doseMg: 150, frequency: 'bid' }, { eGFR: 20 }),
    expect: [['critical', 'renal', 'pregabalin']],
    source: 'rx-label-pregabalin',
  },
  {
    name: 'carbamazepine 100 mg QID = 400 mg: within',
    seed: '004',
    input: one({ drug: 'carbamazepine', doseMg: 100, frequency: 'qid' }),
    absent: [['warning', 'max-daily-dose', 'carbamazepine']],
    source: 'rx-label-carbamazepine',
  },
  {
    name: 'duloxetine 60 mg daily: within',
    seed: '000-004',
    input: one({ drug: 'duloxetine', doseMg: 60, frequency: 'daily' }),
    absent: [['warning', 'max-daily-dose', 'duloxetine']],
    source: 'rx-label-duloxetine',
  },
  {
    name: 'duloxetine 60 mg BID = 120 mg: above the usual pain dose, within the depression label',
    input: one({ drug: 'Cymbalta', doseMg: 60, frequency: 'bid' }),
    expect: [['warning', 'max-daily-dose', 'duloxetine']],
    absent: [['critical', 'max-daily-dose', 'duloxetine']],
    source: 'rx-label-duloxetine',
  },
  {
    name: 'amitriptyline 75 mg at bedtime (article 002): within the label, above the usual pain range',
    seed: '002',
    input: one({ drug: 'amitriptyline', doseMg: 75, frequency: 'at bedtime' }),
    expect: [['warning', 'max-daily-dose', 'amitriptyline']],
    absent: [['critical', 'max-daily-dose', 'amitriptyline']],
    source: 'rx-label-amitriptyline',
  },
  {
    name: 'nortriptyline 100 mg qhs (article 002): within the 150 mg label',
    seed: '002',
    input: one({ drug: 'nortriptyline', doseMg: 100, frequency: 'qhs' }),
    absent: [['critical', 'max-daily-dose', 'nortriptyline']],
    source: 'rx-label-nortriptyline',
  },
  {
    name: 'tramadol 100 mg q6h = 400 mg: at the maximum',
    seed: '000-003',
    input: one({ drug: 'tramadol', doseMg: 100, frequency: 'q6h' }),
    absent: [['critical', 'max-daily-dose', 'tramadol']],
    source: 'rx-label-tramadol',
  },
  {
    name: 'tramadol 100 mg q4-6h allows 600 mg: critical',
    seed: '000-004',
    input: one({ drug: 'tramadol', doseMg: 100, frequency: 'q4-6h' }),
    expect: [['critical', 'max-daily-dose', 'tramadol']],
    source: 'rx-label-tramadol',
  },
  {
    name: 'tramadol 100 mg q6h at 80: above 300 mg for over 75',
    input: one({ drug: 'Ultram', doseMg: 100, frequency: 'q6h' }, { age: 80 }),
    expect: [['critical', 'age', 'tramadol']],
    source: 'rx-label-tramadol',
  },
  {
    name: 'tramadol 50 mg q6h at 80: within the 300 mg limit',
    input: one({ drug: 'tramadol', doseMg: 50, frequency: 'q6h' }, { age: 80 }),
    expect: [['info', 'age', 'tramadol']],
    absent: [['critical', 'age', 'tramadol']],
    source: 'rx-label-tramadol',
  },
  {
    name: 'tramadol 100 mg q8h with CrCl 20: above 200 mg',
    input: one({ drug: 'tramadol', doseMg: 100, frequency: 'q8h' }, { creatinineClearance: 20 }),
    expect: [['critical', 'renal', 'tramadol']],
    source: 'rx-label-tramadol',
  },
  {
    name: 'tramadol 50 mg q6h in cirrhosis: above 100 mg',
    input: one(
      { drug: 'tramadol', doseMg: 50, frequency: 'q6h' },
      { comorbidities: ['cirrhosis'] },
    ),
    expect: [['critical', 'hepatic', 'tramadol']],
    source: 'rx-label-tramadol',
  },
  {
    name: 'tapentadol 100 mg q4-6h = 600 mg: at the maximum',
    seed: '002',
    input: one({ drug: 'tapentadol', doseMg: 100, frequency: 'q4-6h' }),
    absent: [['critical', 'max-daily-dose', 'tapentadol']],
    source: 'rx-label-tapentadol',
  },
  {
    name: 'codeine/acetaminophen 30/300, 2 tablets q4h = 360 mg codeine: at the maximum',
    seed: '000, 002',
    input: one({ drug: 'Tylenol #3', dose: 2, unit: 'tablets', frequency: 'q4h' }),
    absent: [['critical', 'max-daily-dose', 'codeine']],
    totals: { codeine: 360, acetaminophen: 3600 },
    source: 'rx-label-codeine-acetaminophen',
  },
  {
    name: 'codeine 60 mg q4h = 360 mg (article 004 range)',
    seed: '004',
    input: one({ drug: 'codeine', doseMg: 60, frequency: 'q4h' }),
    absent: [['critical', 'max-daily-dose', 'codeine']],
    source: 'rx-label-codeine',
  },
  {
    name: 'hydrocodone/acetaminophen 5/325, 2 tablets q4h: 60 mg hydrocodone is above the 8-tablet limit',
    seed: '003',
    input: one({ drug: 'Norco', dose: 2, unit: 'tablets', frequency: 'q4-6h' }),
    expect: [['critical', 'max-daily-dose', 'hydrocodone-acetaminophen']],
    totals: { acetaminophen: 3900, 'hydrocodone-acetaminophen': 60 },
    source: 'rx-label-hydrocodone-acetaminophen',
  },
  {
    name: 'hydrocodone/acetaminophen 10/325 q4h = 6 tablets: within the 6-tablet limit for that strength',
    input: one({ drug: 'Norco 10/325', dose: 1, unit: 'tablet', frequency: 'q4h' }),
    absent: [['critical', 'max-daily-dose', 'hydrocodone-acetaminophen']],
    totals: { 'hydrocodone-acetaminophen': 60, acetaminophen: 1950 },
    source: 'rx-label-hydrocodone-acetaminophen',
  },
  {
    name: 'oxycodone 10 mg q4h = 60 mg = 90 MME: opioid dose warning, no label maximum',
    seed: '001, 004',
    input: one({ drug: 'oxycodone', doseMg: 10, frequency: 'q4h' }),
    expect: [['warning', 'opioid-dose', 'oxycodone']],
    absent: [['warning', 'max-daily-dose', 'oxycodone']],
    source: 'rx-cdc-opioids-2022',
  },
  {
    name: 'morphine 15 mg q4h = 90 MME',
    seed: '003',
    input: one({ drug: 'morphine', doseMg: 15, frequency: 'q4h' }),
    expect: [['warning', 'opioid-dose', 'morphine']],
    source: 'rx-cdc-opioids-2022',
  },
  {
    name: 'lidocaine 5% patch, 3 patches for 12 hours: within',
    seed: '000, 004',
    input: one({
      drug: 'lidocaine 5% patch',
      dose: 3,
      unit: 'patches',
      frequency: '12 hours on, 12 hours off',
    }),
    absent: [['info', 'max-daily-dose', 'lidocaine-patch']],
    source: 'rx-label-lidocaine-patch',
  },
  {
    name: 'lidocaine patch, 4 patches: critical',
    input: one({ drug: 'Lidoderm', dose: 4, unit: 'patch', frequency: 'daily' }),
    expect: [['critical', 'max-daily-dose', 'lidocaine-patch']],
    source: 'rx-label-lidocaine-patch',
  },
  {
    name: 'capsaicin 8% patch, 5 patches in a session: above 4 per treatment',
    input: one({ drug: 'Qutenza', dose: 5, unit: 'patch', frequency: 'every 3 months' }),
    expect: [['critical', 'max-single-dose', 'capsaicin-patch']],
    source: 'rx-label-capsaicin-patch',
  },
  {
    name: 'capsaicin cream 5 times a day: above 4 applications',
    seed: '001, 004',
    input: one({
      drug: 'capsaicin cream',
      dose: 1,
      unit: 'application',
      frequency: '5 times a day',
    }),
    expect: [['critical', 'max-daily-dose', 'capsaicin-cream']],
    source: 'rx-label-capsaicin-cream',
  },
  {
    name: 'prednisone 40 mg daily (article 002): within',
    seed: '002',
    input: one({ drug: 'prednisone', doseMg: 40, frequency: 'daily' }),
    absent: [['warning', 'max-daily-dose', 'prednisone']],
    source: 'rx-label-prednisone',
  },
  {
    name: 'prednisone 80 mg daily: above the review threshold (no label ceiling), a warning',
    input: one({ drug: 'prednisone', doseMg: 80, frequency: 'daily' }),
    expect: [['warning', 'max-daily-dose', 'prednisone']],
    absent: [['critical', 'max-daily-dose', 'prednisone']],
    source: 'rx-label-prednisone',
  },
  {
    name: 'epidural methylprednisolone 80 mg (article 003): within',
    seed: '003',
    input: one({ drug: 'Depo-Medrol', doseMg: 80, frequency: 'once' }),
    absent: [['warning', 'max-single-dose', 'methylprednisolone-epidural']],
    source: 'rx-label-methylprednisolone-acetate',
  },
  {
    name: 'methylcobalamin 1,000 mcg daily (article 000): within',
    seed: '000',
    input: one({ drug: 'vitamin B12', dose: '1000 mcg', frequency: 'daily' }),
    absent: [['warning', 'max-daily-dose', 'methylcobalamin']],
    source: 'rx-nih-ods-vitamin-b12',
  },
];

/** Interactions, duplicates and patient cautions, each against its source. */
const RULE_CASES: readonly Case[] = [
  {
    name: 'acetaminophen hidden in a combination adds to plain acetaminophen',
    input: {
      drugs: [
        { drug: 'Tylenol Extra Strength', doseMg: 1000, frequency: 'qid' },
        { drug: 'Percocet', dose: 1, unit: 'tablet', frequency: 'q6h' },
      ],
    },
    expect: [
      ['critical', 'max-daily-dose', 'acetaminophen'],
      ['warning', 'duplicate-class', 'oxycodone-acetaminophen'],
    ],
    totals: { acetaminophen: 5300 },
    source: 'rx-label-acetaminophen',
  },
  {
    name: 'two NSAIDs including a COX-2 inhibitor',
    input: {
      drugs: [
        { drug: 'ibuprofen', doseMg: 400, frequency: 'tid' },
        { drug: 'Celebrex', doseMg: 200, frequency: 'bid' },
      ],
    },
    expect: [['critical', 'duplicate-class', 'celecoxib']],
    source: 'rx-label-ibuprofen-rx',
  },
  {
    name: 'low-dose aspirin is not a second NSAID, but bleeding adds up',
    input: {
      drugs: [
        { drug: 'naproxen', doseMg: 500, frequency: 'bid' },
        { drug: 'aspirin', doseMg: 81, frequency: 'daily' },
      ],
    },
    expect: [['warning', 'interaction', 'aspirin']],
    absent: [['warning', 'duplicate-class', 'aspirin']],
    source: 'rx-beers-2023',
  },
  {
    name: 'pain-dose aspirin is a second NSAID',
    input: {
      drugs: [
        { drug: 'naproxen', doseMg: 500, frequency: 'bid' },
        { drug: 'aspirin', doseMg: 650, frequency: 'q6h' },
      ],
    },
    expect: [['critical', 'duplicate-class', 'aspirin']],
    source: 'rx-label-ibuprofen-rx',
  },
  {
    name: 'topical and oral NSAID',
    input: {
      drugs: [
        { drug: 'Voltaren gel', dose: '4 g', frequency: 'qid' },
        { drug: 'meloxicam', doseMg: 15, frequency: 'daily' },
      ],
    },
    expect: [['warning', 'duplicate-class', 'diclofenac-gel']],
    source: 'rx-label-diclofenac-gel',
  },
  {
    name: 'two gabapentinoids',
    input: {
      drugs: [
        { drug: 'gabapentin', doseMg: 300, frequency: 'tid' },
        { drug: 'pregabalin', doseMg: 75, frequency: 'bid' },
      ],
    },
    expect: [['warning', 'duplicate-class', 'pregabalin']],
    source: 'rx-fda-gabapentinoids-2019',
  },
  {
    name: 'two muscle relaxants',
    input: {
      drugs: [
        { drug: 'cyclobenzaprine', doseMg: 10, frequency: 'tid' },
        { drug: 'tizanidine', doseMg: 4, frequency: 'q8h' },
      ],
    },
    expect: [['warning', 'duplicate-class', 'tizanidine']],
    source: 'rx-txvdp-muscle-relaxants',
  },
  {
    name: 'two opioids',
    input: {
      drugs: [
        { drug: 'tramadol', doseMg: 50, frequency: 'q6h' },
        { drug: 'oxycodone', doseMg: 5, frequency: 'q6h' },
      ],
    },
    expect: [['warning', 'duplicate-class', 'oxycodone']],
    source: 'rx-cdc-opioids-2022',
  },
  {
    name: 'tramadol with duloxetine (both named by the articles): serotonin syndrome',
    input: {
      drugs: [
        { drug: 'tramadol', doseMg: 50, frequency: 'q6h' },
        { drug: 'duloxetine', doseMg: 60, frequency: 'daily' },
      ],
    },
    expect: [['warning', 'interaction', 'duloxetine']],
    source: 'rx-label-tramadol',
  },
  {
    name: 'tramadol with sertraline: serotonin syndrome and seizures',
    input: {
      drugs: [
        { drug: 'tramadol', doseMg: 50, frequency: 'q6h' },
        { drug: 'Zoloft', doseMg: 100, frequency: 'daily' },
      ],
    },
    expect: [['warning', 'interaction', 'sertraline']],
    source: 'rx-label-tramadol',
  },
  {
    name: 'tapentadol with amitriptyline: serotonin syndrome',
    input: {
      drugs: [
        { drug: 'tapentadol', doseMg: 50, frequency: 'q6h' },
        { drug: 'amitriptyline', doseMg: 25, frequency: 'qhs' },
      ],
    },
    expect: [['warning', 'interaction', 'amitriptyline']],
    source: 'rx-label-tapentadol',
  },
  {
    name: 'tramadol with an MAO inhibitor: contraindicated',
    input: {
      drugs: [
        { drug: 'tramadol', doseMg: 50, frequency: 'q6h' },
        { drug: 'phenelzine', doseMg: 15, frequency: 'tid' },
      ],
    },
    expect: [['critical', 'interaction', 'tramadol']],
    source: 'meds-boyer-2005-serotonin-syndrome',
  },
  {
    name: 'tramadol with bupropion: seizures',
    input: {
      drugs: [
        { drug: 'tramadol', doseMg: 50, frequency: 'q6h' },
        { drug: 'Wellbutrin XL', doseMg: 300, frequency: 'daily' },
      ],
    },
    expect: [['warning', 'interaction', 'bupropion']],
    source: 'rx-label-tramadol',
  },
  {
    name: 'codeine with fluoxetine: CYP2D6',
    input: {
      drugs: [
        { drug: 'codeine', doseMg: 30, frequency: 'q6h' },
        { drug: 'fluoxetine', doseMg: 20, frequency: 'daily' },
      ],
    },
    expect: [['warning', 'interaction', 'fluoxetine']],
    source: 'rx-label-tramadol',
  },
  {
    name: 'opioid with benzodiazepine (articles 003: clonazepam with morphine): FDA boxed warning',
    input: {
      drugs: [
        { drug: 'morphine', doseMg: 5, frequency: 'q4h' },
        { drug: 'clonazepam', doseMg: 0.5, frequency: 'bid' },
      ],
    },
    expect: [['critical', 'interaction', 'clonazepam']],
    source: 'rx-fda-opioid-benzodiazepine-2016',
  },
  {
    name: 'opioid with gabapentinoid: FDA 2019',
    input: {
      drugs: [
        { drug: 'oxycodone', doseMg: 5, frequency: 'q6h' },
        { drug: 'pregabalin', doseMg: 75, frequency: 'bid' },
      ],
    },
    expect: [['warning', 'interaction', 'pregabalin']],
    source: 'rx-fda-gabapentinoids-2019',
  },
  {
    name: 'opioid with gabapentinoid and lung disease: critical',
    input: {
      patient: { comorbidities: ['COPD'] },
      drugs: [
        { drug: 'tramadol', doseMg: 50, frequency: 'q6h' },
        { drug: 'gabapentin', doseMg: 300, frequency: 'tid' },
      ],
    },
    expect: [['critical', 'interaction', 'gabapentin']],
    source: 'rx-fda-gabapentinoids-2019',
  },
  {
    name: 'opioid with muscle relaxant',
    input: {
      drugs: [
        { drug: 'hydrocodone/acetaminophen', dose: 1, unit: 'tablet', frequency: 'q6h' },
        { drug: 'cyclobenzaprine', doseMg: 5, frequency: 'tid' },
      ],
    },
    expect: [['warning', 'interaction', 'cyclobenzaprine']],
    source: 'rx-label-oxycodone',
  },
  {
    name: 'pregabalin with cyclobenzaprine (article 000’s combination): additive sedation',
    seed: '000',
    input: {
      drugs: [
        { drug: 'pregabalin', doseMg: 75, frequency: 'bid' },
        { drug: 'cyclobenzaprine', doseMg: 5, frequency: 'at bedtime' },
      ],
    },
    expect: [['info', 'interaction', 'cyclobenzaprine']],
    source: 'rx-beers-2023',
  },
  {
    name: 'NSAID with warfarin: bleeding',
    input: {
      drugs: [
        { drug: 'ibuprofen', doseMg: 400, frequency: 'tid' },
        { drug: 'warfarin', doseMg: 5, frequency: 'daily' },
      ],
    },
    expect: [['critical', 'interaction', 'warfarin']],
    source: 'meds-label-warfarin',
  },
  {
    name: 'NSAID with apixaban: bleeding',
    input: {
      drugs: [
        { drug: 'naproxen', doseMg: 500, frequency: 'bid' },
        { drug: 'Eliquis', doseMg: 5, frequency: 'bid' },
      ],
    },
    expect: [['critical', 'interaction', 'apixaban']],
    source: 'meds-label-warfarin',
  },
  {
    name: 'NSAID with clopidogrel: bleeding',
    input: {
      drugs: [
        { drug: 'diclofenac', doseMg: 50, frequency: 'tid' },
        { drug: 'Plavix', doseMg: 75, frequency: 'daily' },
      ],
    },
    expect: [['warning', 'interaction', 'clopidogrel']],
    source: 'rx-beers-2023',
  },
  {
    name: 'NSAID with an SNRI: bleeding',
    input: {
      drugs: [
        { drug: 'naproxen', doseMg: 500, frequency: 'bid' },
        { drug: 'duloxetine', doseMg: 60, frequency: 'daily' },
      ],
    },
    expect: [['warning', 'interaction', 'duloxetine']],
    source: 'meds-anglin-2014-ssri-nsaid-bleeding',
  },
  {
    name: 'NSAID with a corticosteroid: GI bleeding',
    input: {
      drugs: [
        { drug: 'naproxen', doseMg: 500, frequency: 'bid' },
        { drug: 'prednisone', doseMg: 40, frequency: 'daily' },
      ],
    },
    expect: [['warning', 'interaction', 'prednisone']],
    source: 'rx-beers-2023',
  },
  {
    name: 'anticoagulated comorbidity with an NSAID',
    input: {
      patient: { comorbidities: ['anticoagulated'] },
      drugs: [{ drug: 'ibuprofen', doseMg: 400, frequency: 'tid' }],
    },
    expect: [['critical', 'interaction', 'ibuprofen']],
    source: 'meds-label-warfarin',
  },
  {
    name: 'tizanidine with fluvoxamine: contraindicated',
    input: {
      drugs: [
        { drug: 'tizanidine', doseMg: 4, frequency: 'q8h' },
        { drug: 'fluvoxamine', doseMg: 100, frequency: 'daily' },
      ],
    },
    expect: [['critical', 'interaction', 'fluvoxamine']],
    source: 'rx-label-tizanidine',
  },
  {
    name: 'tizanidine with ciprofloxacin: contraindicated',
    input: {
      drugs: [
        { drug: 'Zanaflex', doseMg: 2, frequency: 'q8h' },
        { drug: 'Cipro', doseMg: 500, frequency: 'bid' },
      ],
    },
    expect: [['critical', 'interaction', 'ciprofloxacin']],
    source: 'rx-label-tizanidine',
  },
  {
    name: 'duloxetine with fluvoxamine: avoid',
    input: {
      drugs: [
        { drug: 'duloxetine', doseMg: 60, frequency: 'daily' },
        { drug: 'fluvoxamine', doseMg: 100, frequency: 'daily' },
      ],
    },
    expect: [['critical', 'interaction', 'fluvoxamine']],
    source: 'rx-label-duloxetine',
  },
  {
    name: 'triple whammy: NSAID + ACE inhibitor + diuretic',
    input: {
      drugs: [
        { drug: 'ibuprofen', doseMg: 400, frequency: 'tid' },
        { drug: 'lisinopril', doseMg: 10, frequency: 'daily' },
        { drug: 'furosemide', doseMg: 40, frequency: 'daily' },
      ],
    },
    expect: [['critical', 'interaction', 'furosemide']],
    source: 'meds-lapi-2013-triple-whammy',
  },
  {
    name: 'NSAID with lithium',
    input: {
      drugs: [
        { drug: 'naproxen', doseMg: 500, frequency: 'bid' },
        { drug: 'lithium', doseMg: 300, frequency: 'tid' },
      ],
    },
    expect: [['warning', 'interaction', 'lithium']],
    source: 'meds-label-lithium',
  },
  {
    name: 'NSAID with methotrexate',
    input: {
      drugs: [
        { drug: 'ibuprofen', doseMg: 400, frequency: 'tid' },
        { drug: 'methotrexate', doseMg: 15, frequency: 'weekly' },
      ],
    },
    expect: [['warning', 'interaction', 'methotrexate']],
    source: 'meds-label-methotrexate',
  },
  {
    name: 'methotrexate taken daily: the weekly ceiling',
    input: one({ drug: 'methotrexate', doseMg: 7.5, frequency: 'daily' }),
    expect: [['critical', 'max-daily-dose', 'methotrexate']],
    source: 'meds-label-methotrexate',
  },
  {
    name: 'NSAID with eGFR below 30: avoid',
    input: one({ drug: 'naproxen', doseMg: 250, frequency: 'bid' }, { eGFR: 25 }),
    expect: [['critical', 'renal', 'naproxen']],
    source: 'rx-beers-2023',
  },
  {
    name: 'NSAID with eGFR 30–59: avoid long-term use',
    input: one({ drug: 'celecoxib', doseMg: 100, frequency: 'bid' }, { eGFR: 45 }),
    expect: [['warning', 'renal', 'celecoxib']],
    source: 'meds-kdigo-2012-ckd',
  },
  {
    name: 'NSAID with CKD and no eGFR',
    input: one({ drug: 'ibuprofen', doseMg: 200, frequency: 'tid' }, { comorbidities: ['ckd'] }),
    expect: [['warning', 'renal', 'ibuprofen']],
    source: 'meds-kdigo-2012-ckd',
  },
  {
    name: 'baclofen with eGFR 40: Beers avoid',
    input: one({ drug: 'baclofen', doseMg: 5, frequency: 'tid' }, { eGFR: 40 }),
    expect: [['warning', 'renal', 'baclofen']],
    source: 'rx-beers-2023',
  },
  {
    name: 'duloxetine with CrCl 20: avoid',
    input: one({ drug: 'duloxetine', doseMg: 30, frequency: 'daily' }, { creatinineClearance: 20 }),
    expect: [['critical', 'renal', 'duloxetine']],
    source: 'rx-label-duloxetine',
  },
  {
    name: 'acetaminophen 3 g with liver disease: above the 2 g advice',
    input: one(
      { drug: 'acetaminophen', doseMg: 1000, frequency: 'tid' },
      { comorbidities: ['liver-disease'] },
    ),
    expect: [['warning', 'hepatic', 'acetaminophen']],
    absent: [['critical', 'hepatic', 'acetaminophen']],
    source: 'rx-lewis-2013-cirrhosis-prescribing',
  },
  {
    name: 'acetaminophen 4 g with heavy alcohol use: above 3 g',
    input: one(
      { drug: 'acetaminophen', doseMg: 1000, frequency: 'qid' },
      { comorbidities: ['alcohol-use'] },
    ),
    expect: [['critical', 'hepatic', 'acetaminophen']],
    source: 'rx-lewis-2013-cirrhosis-prescribing',
  },
  {
    name: 'duloxetine with liver disease',
    input: one(
      { drug: 'duloxetine', doseMg: 30, frequency: 'daily' },
      { comorbidities: ['cirrhosis'] },
    ),
    expect: [['critical', 'hepatic', 'duloxetine']],
    source: 'rx-label-duloxetine',
  },
  {
    name: 'duloxetine with heavy alcohol use',
    input: one(
      { drug: 'duloxetine', doseMg: 30, frequency: 'daily' },
      { comorbidities: ['alcohol use disorder'] },
    ),
    expect: [['critical', 'hepatic', 'duloxetine']],
    source: 'rx-label-duloxetine',
  },
  {
    name: 'muscle relaxant at 70: Beers avoid',
    input: one({ drug: 'cyclobenzaprine', doseMg: 5, frequency: 'tid' }, { age: 70 }),
    expect: [['warning', 'age', 'cyclobenzaprine']],
    source: 'rx-beers-2023',
  },
  {
    name: 'NSAID at 70: Beers avoid long-term use',
    input: one({ drug: 'naproxen', doseMg: 250, frequency: 'bid' }, { age: 70 }),
    expect: [['warning', 'age', 'naproxen']],
    source: 'rx-beers-2023',
  },
  {
    name: 'tricyclic at 70: Beers avoid',
    input: one({ drug: 'amitriptyline', doseMg: 10, frequency: 'qhs' }, { age: 70 }),
    expect: [['warning', 'age', 'amitriptyline']],
    source: 'rx-beers-2023',
  },
  {
    name: 'benzodiazepine at 70: Beers avoid',
    input: one({ drug: 'clonazepam', doseMg: 0.25, frequency: 'bid' }, { age: 70 }),
    expect: [['warning', 'age', 'clonazepam']],
    source: 'rx-beers-2023',
  },
  {
    name: 'three CNS-active drugs at 70',
    input: {
      patient: { age: 70 },
      drugs: [
        { drug: 'gabapentin', doseMg: 300, frequency: 'tid' },
        { drug: 'duloxetine', doseMg: 30, frequency: 'daily' },
        { drug: 'tramadol', doseMg: 50, frequency: 'bid' },
      ],
    },
    expect: [['warning', 'age', 'gabapentin']],
    source: 'rx-beers-2023',
  },
  {
    name: 'codeine at 10: contraindicated under 12',
    input: one({ drug: 'Tylenol #3', dose: 1, unit: 'tablet', frequency: 'q6h' }, { age: 10 }),
    expect: [['critical', 'age', 'codeine-acetaminophen']],
    source: 'rx-fda-codeine-tramadol-children-2017',
  },
  {
    name: 'NSAID at 24 weeks of pregnancy',
    input: one(
      { drug: 'ibuprofen', doseMg: 400, frequency: 'tid' },
      { pregnant: true, pregnancyWeeks: 24 },
    ),
    expect: [['critical', 'pregnancy', 'ibuprofen']],
    source: 'rx-fda-nsaid-pregnancy-2020',
  },
  {
    name: 'NSAID in pregnancy with unknown weeks: treated as 20 weeks or later',
    input: one({ drug: 'naproxen', doseMg: 250, frequency: 'bid' }, { pregnant: true }),
    expect: [['critical', 'pregnancy', 'naproxen']],
    source: 'rx-fda-nsaid-pregnancy-2020',
  },
  {
    name: 'NSAID at 12 weeks of pregnancy',
    input: one(
      { drug: 'ibuprofen', doseMg: 400, frequency: 'tid' },
      { pregnant: true, pregnancyWeeks: 12 },
    ),
    expect: [['warning', 'pregnancy', 'ibuprofen']],
    absent: [['critical', 'pregnancy', 'ibuprofen']],
    source: 'rx-fda-nsaid-pregnancy-2020',
  },
  {
    name: 'valproate in pregnancy',
    input: one({ drug: 'Depakote', doseMg: 500, frequency: 'bid' }, { pregnant: true }),
    expect: [['critical', 'pregnancy', 'valproate']],
    source: 'meds-label-valproate',
  },
  {
    name: 'carbamazepine in pregnancy',
    input: one(
      { drug: 'carbamazepine', doseMg: 100, frequency: 'qid' },
      { pregnant: true, pregnancyWeeks: 8 },
    ),
    expect: [['critical', 'pregnancy', 'carbamazepine']],
    source: 'rx-label-carbamazepine',
  },
  {
    name: 'opioid in pregnancy',
    input: one({ drug: 'oxycodone', doseMg: 5, frequency: 'q6h' }, { pregnant: true }),
    expect: [['warning', 'pregnancy', 'oxycodone']],
    source: 'rx-label-oxycodone',
  },
  {
    name: 'codeine while breastfeeding',
    input: one({ drug: 'codeine', doseMg: 30, frequency: 'q6h' }, { breastfeeding: true }),
    expect: [['critical', 'lactation', 'codeine']],
    source: 'rx-fda-codeine-tramadol-children-2017',
  },
  {
    name: 'NSAID with heart failure',
    input: one(
      { drug: 'ibuprofen', doseMg: 400, frequency: 'tid' },
      { comorbidities: ['heart-failure'] },
    ),
    expect: [['warning', 'drug-disease', 'ibuprofen']],
    source: 'rx-beers-2023',
  },
  {
    name: 'NSAID with a peptic ulcer history',
    input: one(
      { drug: 'ibuprofen', doseMg: 400, frequency: 'tid' },
      { comorbidities: ['peptic-ulcer'] },
    ),
    expect: [['warning', 'drug-disease', 'ibuprofen']],
    source: 'rx-beers-2023',
  },
  {
    name: 'tramadol with epilepsy',
    input: one({ drug: 'tramadol', doseMg: 50, frequency: 'q6h' }, { comorbidities: ['epilepsy'] }),
    expect: [['warning', 'drug-disease', 'tramadol']],
    source: 'rx-label-tramadol',
  },
  {
    name: 'celecoxib with a sulfonamide allergy',
    input: one(
      { drug: 'celecoxib', doseMg: 200, frequency: 'daily' },
      { comorbidities: ['sulfa allergy'] },
    ),
    expect: [['critical', 'drug-disease', 'celecoxib']],
    source: 'rx-label-celecoxib',
  },
  {
    name: 'citalopram 40 mg at 70: above 20 mg over 60',
    input: one({ drug: 'citalopram', doseMg: 40, frequency: 'daily' }, { age: 70 }),
    expect: [['critical', 'age', 'citalopram']],
    source: 'meds-label-citalopram',
  },
  {
    name: 'unknown drug is reported, never ignored',
    input: {
      drugs: [
        { drug: 'unobtainium', doseMg: 10, frequency: 'daily' },
        { drug: 'ibuprofen', doseMg: 200, frequency: 'tid' },
      ],
    },
    expect: [['warning', 'unknown-drug', 'unobtainium']],
    source: 'meds-foramen-drug-coverage',
  },
  {
    name: 'a class word is reported as unknown with its candidates',
    input: one({ drug: 'NSAID', doseMg: 400, frequency: 'tid' }),
    expect: [['warning', 'unknown-drug', 'NSAID']],
    source: 'meds-foramen-drug-coverage',
  },
  {
    name: 'the same medicine on two lines is added up and flagged',
    input: {
      drugs: [
        { drug: 'ibuprofen', doseMg: 400, frequency: 'tid' },
        { drug: 'Motrin', doseMg: 800, frequency: 'tid' },
      ],
    },
    expect: [
      ['critical', 'max-daily-dose', 'ibuprofen'],
      ['warning', 'duplicate-class', 'ibuprofen'],
    ],
    totals: { ibuprofen: 3600 },
    source: 'rx-label-ibuprofen-rx',
  },
];

describe('checkMedications: the articles’ doses against the labels', () => {
  for (const c of SEED_DOSES) {
    it(`${c.name}${c.seed ? ` [articles ${c.seed}]` : ''} (${c.source})`, () => runCase(c));
  }
});

describe('checkMedications: duplicates, interactions and patient cautions', () => {
  for (const c of RULE_CASES) it(`${c.name} (${c.source})`, () => runCase(c));
});

describe('checkMedications: output shape (CONTRACTS)', () => {
  const result = checkMedications({
    patient: {
      age: 72,
      eGFR: 38,
      pregnant: false,
      weightKg: 70,
      comorbidities: [...CAUTION_COMORBIDITIES],
    },
    drugs: [
      { drug: 'ibuprofen', doseMg: 600, timesPerDay: 4 },
      { drug: 'Tylenol', dose: 1, unit: 'g', frequency: 'q6h' },
      { drug: 'tramadol', doseMg: 50, frequency: 'every 6 hours as needed' },
    ],
  });
  it('names each drug by generic name with its daily total', () => {
    assert.deepEqual(
      result.drugs.map((d) => [d.input, d.drug, d.dailyMg]),
      [
        ['ibuprofen', 'ibuprofen', 2400],
        ['Tylenol', 'acetaminophen', 4000],
        ['tramadol', 'tramadol', 200],
      ],
    );
  });
  it('gives every alert a severity, a contract code, drugs, a plain text and a source, most severe first', () => {
    assert.ok(result.alerts.length > 0);
    const rank = { critical: 3, warning: 2, info: 1 } as const;
    for (const [i, a] of result.alerts.entries()) {
      assert.deepEqual(Object.keys(a).slice(0, 5), ['severity', 'code', 'drugs', 'text', 'source']);
      assert.ok(a.drugs.length > 0 && a.text.length > 20 && a.source.length > 0);
      if (i > 0) assert.ok(rank[a.severity] <= rank[result.alerts[i - 1]?.severity ?? 'critical']);
    }
    assert.ok(hasAlert(result, 'critical', 'hepatic', (a) => a.drugs.includes('acetaminophen')));
    assert.ok(hasAlert(result, 'critical', 'interaction', (a) => a.drugs.includes('ibuprofen')));
    assert.ok(result.alerts.some((a) => a.code === 'drug-disease' && a.drugs.includes('tramadol')));
  });
  it('carries the disclaimer and the KB version', () => {
    assert.match(result.disclaimer, /not a diagnosis/);
    assert.ok(result.kbVersion.length > 0);
  });
  it('accepts the assessment engine’s shape { drug, doseMg, timesPerDay } with { age, comorbidities }', () => {
    const r = checkMedications({
      patient: { age: 81, comorbidities: ['diabetes', 'osteoarthritis'] },
      drugs: [{ drug: 'tramadol', doseMg: 100, timesPerDay: 4 }],
    });
    assert.ok(hasAlert(r, 'critical', 'age'));
    assert.deepEqual(r.unrecognisedComorbidities, ['osteoarthritis']);
  });
  it('accepts an empty regimen and a drug with no dose', () => {
    assert.deepEqual(checkMedications({ drugs: [] }).alerts, []);
    const r = checkMedications({ drugs: [{ drug: 'warfarin' }, { drug: 'ibuprofen' }] });
    assert.ok(hasAlert(r, 'critical', 'interaction'));
    assert.equal(r.drugs[0]?.dailyMg, null);
  });
  it('counts one dose a day as a minimum when no frequency is given, and says so', () => {
    const r = checkMedications({ drugs: [{ drug: 'acetaminophen', doseMg: 5000 }] });
    assert.equal(r.drugs[0]?.dailyMgIsMinimum, true);
    assert.ok(
      hasAlert(r, 'critical', 'max-daily-dose', (a) => a.text.includes('at least 5,000 mg')),
    );
    assert.ok(r.alerts.some((a) => a.code === 'incomplete-dose'));
  });
});
