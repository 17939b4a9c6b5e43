// Issue 5: medication regimens checked per second in-process (the checker alone, warm), with p50 and p99
// latency; the cost of a large regimen against a small one; and the cold start of `foramen meds FILE --json`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processMs, throughput } from './_measure.mjs';

const REGIMENS = [
  {
    patient: { age: 72, eGFR: 38, comorbidities: ['ckd', 'heart-failure', 'alcohol-use'] },
    drugs: [
      { drug: 'ibuprofen', doseMg: 600, timesPerDay: 4 },
      { drug: 'Tylenol', dose: 1, unit: 'g', frequency: 'q6h' },
      { drug: 'tramadol', doseMg: 50, frequency: 'every 6 hours as needed' },
    ],
  },
  { drugs: [{ drug: 'acetaminophen', dose: '1 g', frequency: 'q4-6h' }] },
  {
    patient: { eGFR: 25 },
    drugs: [
      { drug: 'gabapentin', doseMg: 1200, frequency: 'tid' },
      { drug: 'oxycodone', doseMg: 10, frequency: 'q4h prn' },
    ],
  },
  {
    patient: { age: 80, comorbidities: ['copd', 'falls'] },
    drugs: [
      { drug: 'Norco 10/325', dose: 1, unit: 'tablet', frequency: 'q4-6h' },
      { drug: 'Flexeril', doseMg: 10, frequency: 'tid' },
      { drug: 'clonazepam', doseMg: 0.5, frequency: 'bid' },
      { drug: 'pregabalin', doseMg: 150, frequency: 'BID' },
    ],
  },
  {
    patient: { pregnant: true, pregnancyWeeks: 24 },
    drugs: [
      { drug: 'naproxen', doseMg: 500, frequency: 'bid' },
      { drug: 'sertraline', doseMg: 50, frequency: 'daily' },
    ],
  },
  {
    drugs: [
      { drug: 'tizanidine', doseMg: 4, frequency: 'q8h' },
      { drug: 'Cipro', doseMg: 500, frequency: 'bid' },
      {
        drug: 'lidocaine 5% patch',
        dose: 3,
        unit: 'patches',
        frequency: '12 hours on, 12 hours off',
      },
    ],
  },
  {
    drugs: [
      { drug: 'ibuprofen', doseMg: 400, frequency: 'tid' },
      { drug: 'lisinopril', doseMg: 10, frequency: 'daily' },
      { drug: 'HCTZ', doseMg: 25, frequency: 'daily' },
      { drug: 'warfarin', doseMg: 5, frequency: 'daily' },
    ],
  },
  {
    drugs: [
      { drug: 'gabapentn', doseMg: 300, frequency: 'at bedtime' },
      { drug: 'duloxetin', doseMg: 60, frequency: 'once daily' },
      { drug: 'unobtainium', doseMg: 5, frequency: 'daily' },
    ],
  },
];

const LARGE = {
  patient: {
    age: 78,
    eGFR: 28,
    comorbidities: ['ckd', 'liver-disease', 'heart-failure', 'falls', 'copd', 'peptic-ulcer'],
  },
  drugs: [
    'ibuprofen',
    'naproxen',
    'celecoxib',
    'acetaminophen',
    'Norco',
    'Percocet',
    'tramadol',
    'oxycodone',
    'gabapentin',
    'pregabalin',
    'cyclobenzaprine',
    'tizanidine',
    'baclofen',
    'clonazepam',
    'duloxetine',
    'amitriptyline',
    'sertraline',
    'warfarin',
    'aspirin',
    'lisinopril',
  ].map((drug) => ({ drug, doseMg: 100, frequency: 'q6h' })),
};

export default async function ({ quick }) {
  const { checkMedications } = await import('../dist/src/index.js');
  for (const r of REGIMENS) checkMedications(r);
  const n = quick ? 3000 : 20000;
  const mixed = throughput((i) => checkMedications(REGIMENS[i % REGIMENS.length]), n);
  const single = throughput(() => checkMedications(REGIMENS[1]), n);
  const large = throughput(() => checkMedications(LARGE), quick ? 300 : 2000);
  const file = join(mkdtempSync(join(tmpdir(), 'foramen-meds-bench-')), 'regimen.json');
  writeFileSync(file, JSON.stringify(REGIMENS[0]));
  const runs = quick ? 7 : 21;
  const bare = processMs(['-e', '0'], runs);
  const cli = processMs(['bin/foramen.js', 'meds', file, '--json'], runs);
  return [
    {
      name: 'cold start: meds FILE --json (3 drugs)',
      value: cli,
      unit: 'ms',
      baseline: { name: 'node -e 0', value: bare },
      ratio: cli / bare,
    },
    {
      name: 'regimens checked per second (mixed, 1–4 drugs)',
      value: mixed.perSecond,
      unit: 'regimens/s',
    },
    { name: 'check latency p50 (mixed)', value: mixed.p50, unit: 'ms' },
    { name: 'check latency p99 (mixed)', value: mixed.p99, unit: 'ms' },
    { name: 'check latency p99 (one drug)', value: single.p99, unit: 'ms' },
    {
      name: 'check latency p50 (20 drugs, 6 comorbidities)',
      value: large.p50,
      unit: 'ms',
      baseline: { name: 'one drug p50', value: single.p50 },
      ratio: large.p50 / single.p50,
    },
    { name: 'check latency p99 (20 drugs, 6 comorbidities)', value: large.p99, unit: 'ms' },
  ];
}
