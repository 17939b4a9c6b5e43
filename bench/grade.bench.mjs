// Issue 3: grades per second in-process for each grading system (through grade(system, input), which
// validates with zod on every call), over a small rotation of valid inputs per system; plus the cold
// start of `foramen grade lee --superior --inferior --json` against `node -e 0`.
import { processMs, throughput } from './_measure.mjs';

const INPUTS = {
  lee: [0, 1, 2, 3, 5, 12, 15, 31].map((bits) => ({
    fatObliteration: {
      superior: !!(bits & 1),
      inferior: !!(bits & 2),
      anterior: !!(bits & 4),
      posterior: !!(bits & 8),
    },
    rootMorphologyChanged: !!(bits & 16),
  })),
  wildermuth: ['normal', 'deformed-encircling', 'partial', 'obliterated'].map((epiduralFat) => ({
    epiduralFat,
  })),
  percent: [
    { reductionPercent: 0 },
    { reductionPercent: 24.99 },
    { reductionPercent: 38 },
    { normalAreaMm2: 100, measuredAreaMm2: 40 },
    { normalMm: 20, measuredMm: 15 },
  ],
  hasegawa: [
    { foraminalHeightMm: 14, posteriorDiscHeightMm: 5 },
    { foraminalHeightMm: 20, posteriorDiscHeightMm: 6 },
    { foraminalHeightMm: 18, posteriorDiscHeightMm: 3 },
  ],
  pfirrmann: [
    { structure: 'homogeneous', distinction: 'clear', signal: 'hyperintense', height: 'normal' },
    {
      structure: 'inhomogeneous',
      distinction: 'unclear',
      signal: 'intermediate',
      height: 'slightly-decreased',
    },
    { structure: 'inhomogeneous', distinction: 'lost', signal: 'hypointense', height: 'collapsed' },
    { grade: 'IV' },
  ],
  meyerding: [
    { slipPercent: 10 },
    { slipPercent: 30 },
    { slipPercent: 60 },
    { slipMm: 12, vertebralWidthMm: 40 },
  ],
  schizas: [
    { csf: 'visible', rootlets: 'dorsal-horseshoe' },
    { csf: 'grainy' },
    { csf: 'absent', posteriorEpiduralFat: false },
    { grade: 'C' },
  ],
  modic: [
    { t1: 'low', t2: 'high' },
    { t1: 'high', t2: 'iso' },
    { t1: 'low', t2: 'low' },
    { type: 0 },
  ],
  'disc-contour': [
    { circumferencePercent: 40 },
    { circumferencePercent: 10, baseWidthMm: 8, domeWidthMm: 5 },
    { circumferencePercent: 10, baseWidthMm: 5, domeWidthMm: 8 },
    { circumferencePercent: 5, continuity: false },
  ],
};

export default async function ({ quick }) {
  const { grade, GRADING_SYSTEM_IDS } = await import('../dist/src/index.js');
  const iterations = quick ? 5000 : 50000;
  const rows = [];
  for (const id of GRADING_SYSTEM_IDS) {
    const inputs = INPUTS[id];
    if (!inputs) throw new Error(`bench has no inputs for ${id}`);
    const t = throughput((i) => grade(id, inputs[i % inputs.length]), iterations);
    rows.push({
      name: `${id}: grades per second in-process`,
      value: t.perSecond,
      unit: 'grades/s',
      note: `p99 ${t.p99.toFixed(4)} ms`,
    });
  }
  const runs = quick ? 7 : 21;
  const bare = processMs(['-e', '0'], runs);
  const cli = processMs(
    ['bin/foramen.js', 'grade', 'lee', '--superior', '--inferior', '--json'],
    runs,
  );
  rows.push({
    name: 'cold start: grade lee --superior --inferior --json',
    value: cli,
    unit: 'ms',
    baseline: { name: 'node -e 0', value: bare },
    ratio: cli / bare,
  });
  return rows;
}
