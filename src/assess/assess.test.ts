import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FLAGS, triageRank, DISCLAIMER } from '../vocab/index.js';
import type { Flag } from '../vocab/index.js';
import { InputError } from '../errors.js';
import { assembleKb, getKb } from '../kb/index.js';
import { assess } from './assess.js';
import { AssessmentSchema } from './schema.js';
import type { Presentation } from './schema.js';
import { renderAssessmentText } from './summary.js';
import type { MedicationCheckInput } from './medications.js';
import { defaultMedicationChecker } from './medications.js';
import {
  motorArb,
  reflexesArb,
  sideArb,
  symptomsArb,
  testsArb,
} from '../../test/support/presentation-arbitraries.js';

const L5: Presentation = {
  age: 52,
  durationWeeks: 4,
  symptoms: [
    { kind: 'pain', region: 'lateral-leg', side: 'left' },
    { kind: 'numbness', region: 'great-toe', side: 'left' },
  ],
  exam: {
    motor: [{ movement: 'great-toe-extension', side: 'left', mrc: 4 }],
    tests: [{ test: 'straight-leg-raise', side: 'left', result: 'positive' }],
  },
};
/** A left L4-L5 subarticular protrusion: it compresses the traversing L5, so it fits L5. */
const L5_FITTING_DISC = {
  level: 'L4-L5',
  zone: 'subarticular',
  side: 'left',
  finding: 'disc-protrusion',
} as const;
/** Moderate left L4-L5 foraminal stenosis: it compresses the exiting L4, so it does not fit L5. */
const L4_FORAMINAL = {
  level: 'L4-L5',
  zone: 'foraminal',
  side: 'left',
  finding: 'foraminal-stenosis',
  severity: 'moderate',
} as const;
const noMeds = { checkMedications: null } as const;

function inputError(input: unknown): InputError {
  try {
    assess(input, noMeds);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  assert.fail('expected an InputError');
}

describe('assess: input validation (one field mutated per case)', () => {
  const cases: { name: string; input: unknown; path: string; message: RegExp }[] = [
    {
      name: 'unknown top-level field',
      input: { ...L5, smoker: true },
      path: 'smoker',
      message: /unknown field "smoker"/,
    },
    {
      name: 'unknown region',
      input: { ...L5, symptoms: [{ kind: 'pain', region: 'elbow', side: 'left' }] },
      path: 'symptoms[0].region',
      message: /must be one of "low-back", .*"saddle"/,
    },
    {
      name: 'unknown symptom kind',
      input: { ...L5, symptoms: [{ kind: 'itch', region: 'sole', side: 'left' }] },
      path: 'symptoms[0].kind',
      message: /must be one of "pain"/,
    },
    {
      name: 'unknown movement',
      input: { ...L5, exam: { motor: [{ movement: 'toe-wiggle', side: 'left', mrc: 4 }] } },
      path: 'exam.motor[0].movement',
      message: /must be one of "hip-flexion"/,
    },
    {
      name: 'MRC grade out of range',
      input: { ...L5, exam: { motor: [{ movement: 'hip-flexion', side: 'left', mrc: 6 }] } },
      path: 'exam.motor[0].mrc',
      message: /at most 5/,
    },
    {
      name: 'unknown flag',
      input: { ...L5, flags: ['headache'] },
      path: 'flags[0]',
      message: /must be one of "saddle-anesthesia"/,
    },
    {
      name: 'unknown exam field',
      input: { ...L5, exam: { gait: 'normal' } },
      path: 'exam.gait',
      message: /unknown field/,
    },
    {
      name: 'unknown imaging level',
      input: { ...L5, imaging: [{ level: 'L6-S1', finding: 'disc-bulge' }] },
      path: 'imaging[0].level',
      message: /must be one of "T12-L1"/,
    },
    {
      name: 'unknown finding',
      input: { ...L5, imaging: [{ level: 'L4-L5', finding: 'bone-spur' }] },
      path: 'imaging[0].finding',
      message: /must be one of "foraminal-stenosis"/,
    },
    { name: 'missing symptoms', input: { age: 40 }, path: 'symptoms', message: /is required/ },
    {
      name: 'side of a symptom',
      input: { ...L5, symptoms: [{ kind: 'pain', region: 'sole', side: 'central' }] },
      path: 'symptoms[0].side',
      message: /must be one of "left", "right", "bilateral"/,
    },
    { name: 'not an object', input: [1, 2], path: 'input', message: /must be object/ },
    {
      name: 'pain score over 10',
      input: { ...L5, pain: { leg: 11 } },
      path: 'pain.leg',
      message: /at most 10/,
    },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.path}`, () => {
      const e = inputError(c.input);
      assert.equal(e.path, c.path);
      assert.match(e.message, c.message);
      assert.equal(e.toLine().split('\n').length, 1);
    });
  }

  it('accepts parse-report findings as imaging (negated, uncertain, text, span)', () => {
    const a = assess(
      {
        ...L5,
        imaging: [
          {
            level: 'L4-L5',
            finding: 'foraminal-stenosis',
            side: 'left',
            severity: 'none',
            negated: true,
            uncertain: false,
            span: [3, 40],
            text: 'no foraminal narrowing',
          },
        ],
      },
      noMeds,
    );
    assert.equal(a.concordance[0]?.concordant, false);
    assert.match(a.concordance[0]?.text ?? '', /reported absent/);
  });
});

describe('assess: imaging concordance (level, zone and side must fit)', () => {
  const run = (imaging: Presentation['imaging']) => assess({ ...L5, imaging }, noMeds).concordance;
  const table: {
    name: string;
    imaging: NonNullable<Presentation['imaging']>;
    root: string | null;
    concordant: boolean;
  }[] = [
    {
      name: 'L4-L5 foraminal hits the exiting L4, not the clinical L5',
      imaging: [L4_FORAMINAL],
      root: 'L4',
      concordant: false,
    },
    {
      name: 'L4-L5 subarticular hits the traversing L5',
      imaging: [L5_FITTING_DISC],
      root: 'L5',
      concordant: true,
    },
    {
      name: 'L5-S1 foraminal hits the exiting L5',
      imaging: [
        {
          level: 'L5-S1',
          zone: 'foraminal',
          side: 'left',
          finding: 'foraminal-stenosis',
          severity: 'severe',
        },
      ],
      root: 'L5',
      concordant: true,
    },
    {
      name: 'the right level and zone on the wrong side does not fit',
      imaging: [
        { level: 'L4-L5', zone: 'subarticular', side: 'right', finding: 'disc-protrusion' },
      ],
      root: 'L5',
      concordant: false,
    },
    {
      name: 'a bilateral finding fits either side',
      imaging: [
        {
          level: 'L5-S1',
          zone: 'foraminal',
          side: 'bilateral',
          finding: 'foraminal-stenosis',
          severity: 'moderate',
        },
      ],
      root: 'L5',
      concordant: true,
    },
    {
      name: 'a finding type that implies its zone (lateral recess → traversing)',
      imaging: [
        { level: 'L4-L5', side: 'left', finding: 'lateral-recess-stenosis', severity: 'moderate' },
      ],
      root: 'L5',
      concordant: true,
    },
    {
      name: 'a disc without a zone may hit either root',
      imaging: [{ level: 'L4-L5', side: 'left', finding: 'disc-extrusion' }],
      root: 'L5',
      concordant: true,
    },
    {
      name: 'a named root is taken as given',
      imaging: [{ level: 'L5-S1', side: 'left', finding: 'nerve-root-compression', root: 'S1' }],
      root: 'S1',
      concordant: false,
    },
    {
      name: 'Modic change does not compress a root',
      imaging: [{ level: 'L4-L5', finding: 'modic-change' }],
      root: null,
      concordant: false,
    },
    {
      name: 'severe central stenosis above crowds the descending roots',
      imaging: [
        {
          level: 'L3-L4',
          zone: 'central',
          side: 'central',
          finding: 'central-canal-stenosis',
          severity: 'severe',
        },
      ],
      root: 'L5',
      concordant: true,
    },
    {
      name: 'a T12-L1 foraminal lesion affects T12, never a lumbar root',
      imaging: [
        {
          level: 'T12-L1',
          zone: 'foraminal',
          side: 'left',
          finding: 'foraminal-stenosis',
          severity: 'mild',
        },
      ],
      root: 'T12',
      concordant: false,
    },
  ];
  for (const row of table) {
    it(row.name, () => {
      const [entry] = run(row.imaging);
      assert.equal(entry?.root, row.root);
      assert.equal(entry?.concordant, row.concordant, entry?.text);
      assert.equal(entry?.imagingIndex, 0);
      assert.ok((entry?.text.length ?? 0) > 10);
    });
  }

  it('without a clinical root every finding is marked possibly incidental', () => {
    const a = assess(
      {
        symptoms: [{ kind: 'pain', region: 'low-back', side: 'bilateral' }],
        imaging: [
          {
            level: 'L4-L5',
            zone: 'foraminal',
            side: 'left',
            finding: 'foraminal-stenosis',
            severity: 'mild',
          },
        ],
      },
      noMeds,
    );
    assert.equal(a.concordance[0]?.concordant, false);
    assert.match(a.concordance[0]?.text ?? '', /incidental/);
  });
});

describe('assess: lesion sites', () => {
  it('lists every level and zone that compresses the probable root, exiting sites first', () => {
    const a = assess(
      {
        symptoms: [{ kind: 'numbness', region: 'medial-knee', side: 'left' }],
        exam: {
          motor: [
            { movement: 'knee-extension', side: 'left', mrc: 4 },
            { movement: 'ankle-dorsiflexion', side: 'left', mrc: 5 },
          ],
          tests: [{ test: 'femoral-nerve-stretch', side: 'left', result: 'positive' }],
        },
      },
      noMeds,
    );
    const l3 = a.lesionSites.filter((s) => s.root === 'L3');
    assert.deepEqual(
      l3.map((s) => `${s.level} ${s.zone} ${s.relation} ${s.side}`),
      [
        'L3-L4 foraminal exiting left',
        'L3-L4 extraforaminal exiting left',
        'L2-L3 subarticular traversing left',
        'L2-L3 central traversing left',
      ],
    );
  });
});

describe('assess: plan stage and work-up', () => {
  const stageAfter12WeeksOfCare = (imaging: Presentation['imaging']) =>
    assess({ ...L5, durationWeeks: 14, conservativeCareWeeks: 12, imaging }, noMeds).plan.stage;
  it('no red flags, early → conservative, with no imaging now', () => {
    const a = assess({ ...L5, durationWeeks: 2 }, noMeds);
    assert.equal(a.plan.stage, 'conservative');
    assert.ok(a.workup.some((w) => w.test === 'no-imaging-now' || w.test === 'emg-ncs'));
    assert.ok(a.plan.steps.some((s) => s.code === 'safety-net'));
  });
  it('6 weeks of failed care, no imaging → interventional with MRI first', () => {
    const a = assess({ ...L5, durationWeeks: 9, conservativeCareWeeks: 7 }, noMeds);
    assert.equal(a.plan.stage, 'interventional');
    assert.equal(a.plan.steps[0]?.code, 'mri-before-injection');
    assert.ok(a.workup.some((w) => w.test === 'mri-lumbar' && w.priority === 'soon'));
  });
  it('12 weeks of failed care with concordant imaging → surgical consultation', () => {
    const extrusion = { ...L5_FITTING_DISC, finding: 'disc-extrusion' } as const;
    assert.equal(stageAfter12WeeksOfCare([extrusion]), 'surgical-consultation');
  });
  it('12 weeks with only discordant imaging → interventional, not surgery', () => {
    assert.equal(stageAfter12WeeksOfCare([L4_FORAMINAL]), 'interventional');
  });
  it('cauda equina → emergency referral with emergency MRI', () => {
    const a = assess({ ...L5, flags: ['urinary-retention'] }, noMeds);
    assert.equal(a.plan.stage, 'emergency-referral');
    assert.ok(a.workup.some((w) => w.test === 'mri-lumbar' && w.priority === 'emergency'));
    // Suspected, not confirmed: coded by its features (ICD-10-CM guidelines IV.H), never G83.4.
    assert.ok(a.codes.some((c) => c.code === 'R33.9'));
    assert.ok(!a.codes.some((c) => c.code === 'G83.4'));
  });
  it('suspected malignancy → urgent evaluation with whole-spine MRI', () => {
    const a = assess(
      {
        symptoms: [{ kind: 'pain', region: 'low-back', side: 'bilateral' }],
        flags: ['history-of-cancer'],
      },
      noMeds,
    );
    assert.equal(a.plan.stage, 'urgent-evaluation');
    assert.ok(a.workup.some((w) => w.test === 'mri-whole-spine' && w.priority === 'urgent'));
  });
  it('cancer with a neurological deficit → emergency, same-day whole-spine MRI', () => {
    const a = assess({ ...L5, flags: ['history-of-cancer'] }, noMeds);
    assert.equal(a.plan.stage, 'emergency-referral');
    assert.ok(a.workup.some((w) => w.test === 'mri-whole-spine' && w.priority === 'emergency'));
    assert.ok(a.plan.steps.some((s) => s.code === 'mscc-pathway'));
  });
  it('EMG only when the picture is unclear: not for an L5 with matching imaging, yes when imaging does not fit', () => {
    const fits = assess(
      {
        ...L5,
        imaging: [L5_FITTING_DISC],
      },
      noMeds,
    );
    assert.ok(!fits.workup.some((w) => w.test === 'emg-ncs'));
    assert.equal(
      fits.differentials.find((d) => d.code === 'peroneal-neuropathy')?.likelihood,
      'possible',
    );
    const misfit = assess(
      {
        ...L5,
        imaging: [L4_FORAMINAL],
      },
      noMeds,
    );
    assert.ok(misfit.workup.some((w) => w.test === 'emg-ncs'));
  });
  it('a slip on imaging asks for flexion–extension films', () => {
    const a = assess(
      { ...L5, imaging: [{ level: 'L4-L5', finding: 'spondylolisthesis', side: 'central' }] },
      noMeds,
    );
    assert.ok(a.workup.some((w) => w.test === 'radiograph-flexion-extension'));
  });
  it('every work-up item and plan step names a source', () => {
    const a = assess(
      { ...L5, durationWeeks: 9, conservativeCareWeeks: 7, flags: ['fever'] },
      noMeds,
    );
    for (const w of a.workup) assert.ok(w.source.length > 0);
    for (const s of a.plan.steps) assert.ok(s.source.length > 0);
  });
});

describe('assess: knowledge-base steps', () => {
  it('plan steps point at KB entries that exist, and the plan still reads without a KB', () => {
    const kb = getKb();
    const a = assess(L5, { kb, checkMedications: null });
    for (const s of a.plan.steps) if (s.kbId) assert.ok(kb.byId.has(s.kbId), s.kbId);
    const bare = assess(L5, { kb: assembleKb([], []), checkMedications: null });
    assert.deepEqual(
      bare.plan.steps.map((s) => s.code),
      a.plan.steps.map((s) => s.code),
    );
    assert.ok(bare.plan.steps.every((s) => s.kbId === undefined));
  });
});

describe('assess: medication alerts through the injected checker', () => {
  it('passes age, comorbidities and the drugs, and maps the alerts', () => {
    let seen: MedicationCheckInput | undefined;
    const a = assess(
      {
        ...L5,
        comorbidities: ['ckd', 'pacemaker'],
        medications: [{ drug: 'ibuprofen', doseMg: 800, timesPerDay: 4 }],
      },
      {
        checkMedications: (input) => {
          seen = input;
          return {
            alerts: [
              {
                severity: 'critical',
                code: 'max-daily-dose',
                drugs: ['ibuprofen'],
                text: 'over the maximum',
                source: 'x',
              },
            ],
          };
        },
      },
    );
    assert.deepEqual(seen, {
      patient: { age: 52, comorbidities: ['ckd', 'pacemaker'] },
      drugs: [{ drug: 'ibuprofen', doseMg: 800, timesPerDay: 4 }],
    });
    assert.deepEqual(a.medicationAlerts, [
      {
        severity: 'critical',
        code: 'max-daily-dose',
        text: 'over the maximum',
        drugs: ['ibuprofen'],
        source: 'x',
      },
    ]);
  });
  it('maps the checker input errors back to the assessment fields', () => {
    assert.throws(
      () =>
        assess(
          { ...L5, medications: [{ drug: 'ibuprofen', doseMg: 400 }] },
          {
            checkMedications: () => {
              throw new InputError('invalid-input', 'drugs[0].timesPerDay', 'is required');
            },
          },
        ),
      (e: unknown) => e instanceof InputError && e.path === 'medications[0].timesPerDay',
    );
  });
  it('by default uses checkMedications from src/meds', () => {
    // 800 mg six times a day is 4800 mg, above ibuprofen's labelled 3200 mg maximum.
    const a = assess({
      ...L5,
      age: 70,
      medications: [{ drug: 'ibuprofen', doseMg: 800, timesPerDay: 6 }],
    });
    assert.ok(
      a.medicationAlerts.some((m) => m.code === 'max-daily-dose' && m.severity === 'critical'),
      JSON.stringify(a.medicationAlerts),
    );
    assert.equal(typeof defaultMedicationChecker(), 'function');
  });
  it('no medicines → no alerts; no checker → one info alert', () => {
    assert.deepEqual(
      assess(L5, { checkMedications: () => assert.fail('not called') }).medicationAlerts,
      [],
    );
    const a = assess({ ...L5, medications: [{ drug: 'ibuprofen' }] }, noMeds);
    assert.equal(a.medicationAlerts[0]?.code, 'check-unavailable');
  });
});

describe('assess: output shape', () => {
  it('matches AssessmentSchema, carries the disclaimer and the contract fields', () => {
    const a = assess(
      {
        ...L5,
        imaging: [L5_FITTING_DISC],
      },
      noMeds,
    );
    assert.equal(AssessmentSchema.safeParse(a).success, true);
    assert.equal(a.disclaimer, DISCLAIMER);
    for (const key of [
      'triage',
      'roots',
      'lesionSites',
      'concordance',
      'differentials',
      'workup',
      'plan',
      'medicationAlerts',
      'codes',
      'disclaimer',
    ]) {
      assert.ok(key in a, key);
    }
    assert.equal(a.codes[0]?.system, 'http://hl7.org/fhir/sid/icd-10-cm');
  });
  it('the text summary leads with triage and the root and ends with the disclaimer', () => {
    const text = renderAssessmentText(assess(L5, noMeds));
    const lines = text.trimEnd().split('\n');
    assert.match(lines[0] ?? '', /^TRIAGE {4}(ROUTINE|SOON):/);
    assert.match(lines[1] ?? '', /^ROOT {6}L5 left/);
    assert.equal(lines.at(-1), DISCLAIMER);
    assert.ok(lines.length <= 25);
  });
});

// ---- Properties over whole assessments ---------------------------------------------------------------

const presentationArb: fc.Arbitrary<Presentation> = fc.record({
  age: fc.integer({ min: 18, max: 95 }),
  durationWeeks: fc.integer({ min: 0, max: 60 }),
  conservativeCareWeeks: fc.integer({ min: 0, max: 30 }),
  symptoms: symptomsArb(sideArb, 4),
  exam: fc.record({
    motor: motorArb(sideArb, 3),
    reflexes: reflexesArb(sideArb, ['normal', 'reduced', 'absent'], 2),
    tests: testsArb(sideArb, 2),
  }),
  flags: fc.uniqueArray(fc.constantFrom(...FLAGS), { maxLength: 3 }),
  imaging: fc.array(
    fc.record({
      level: fc.constantFrom('L2-L3', 'L3-L4', 'L4-L5', 'L5-S1' as const),
      zone: fc.constantFrom('central', 'subarticular', 'foraminal', 'extraforaminal' as const),
      side: fc.constantFrom('left', 'right', 'bilateral', 'central' as const),
      finding: fc.constantFrom(
        'foraminal-stenosis',
        'disc-protrusion',
        'lateral-recess-stenosis' as const,
      ),
    }),
    { maxLength: 2 },
  ),
});

const swap = (s: string): string =>
  s.replace(/\b(left|right)\b/g, (w) => (w === 'left' ? 'right' : 'left'));
const mirrored = (p: Presentation): Presentation =>
  JSON.parse(swap(JSON.stringify(p))) as Presentation;
/** The side-bearing parts of an assessment (codes differ by laterality code, so they are compared apart). */
function view(p: Presentation): unknown {
  const a = assess(p, noMeds);
  const evidenceSorted = a.roots.map((r) => ({
    ...r,
    evidence: [...r.evidence].sort((x, y) =>
      x.detail < y.detail ? -1 : x.detail > y.detail ? 1 : x.weight - y.weight,
    ),
  }));
  return {
    triage: a.triage,
    roots: evidenceSorted,
    lesionSites: a.lesionSites,
    concordance: a.concordance,
    differentials: a.differentials,
    workup: a.workup,
    plan: a.plan,
  };
}

describe('assess: properties', () => {
  it('mirroring left and right mirrors the output', () => {
    fc.assert(
      fc.property(presentationArb, (p) => {
        assert.deepEqual(view(mirrored(p)), JSON.parse(swap(JSON.stringify(view(p)))));
      }),
      { numRuns: 200 },
    );
  });

  it('adding a red flag never lowers triage, and a cauda equina flag is always an emergency referral', () => {
    fc.assert(
      fc.property(presentationArb, fc.constantFrom(...FLAGS), (p, flag: Flag) => {
        const before = assess(p, noMeds);
        const after = assess({ ...p, flags: [...new Set([...(p.flags ?? []), flag])] }, noMeds);
        assert.ok(triageRank(after.triage.level) >= triageRank(before.triage.level));
        if (
          [
            'saddle-anesthesia',
            'urinary-retention',
            'urinary-incontinence',
            'fecal-incontinence',
            'sexual-dysfunction',
          ].includes(flag)
        ) {
          assert.equal(after.triage.level, 'emergency');
          assert.equal(after.plan.stage, 'emergency-referral');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on valid input and always validates against the output schema', () => {
    fc.assert(
      fc.property(presentationArb, (p) => {
        assert.equal(AssessmentSchema.safeParse(assess(p, noMeds)).success, true);
      }),
      { numRuns: 200 },
    );
  });
});
