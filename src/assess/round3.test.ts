/**
 * Mimics, plan barriers and contradictions added after a second blind case review, one row per rule with
 * its source: pelvic girdle pain in pregnancy (Vleeming 2008), adolescent spondylolysis (Micheli 1995),
 * axial spondyloarthritis (NICE NG65), trochanteric pain (NICE NG59), a symptomatic aneurysm (NICE
 * NG156), no NSAID with anticoagulation or a past GI bleed (AGS Beers 2023), and reported saddle
 * anaesthesia against a normal examination (GIRFT 2023: the emergency stands).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assess } from './assess.js';
import type { Presentation } from './schema.js';

const noMeds = { checkMedications: null } as const;
const likelihoodOf = (p: Presentation, code: string): string | undefined =>
  assess(p, noMeds).differentials.find((d) => d.code === code)?.likelihood;

describe('mimics', () => {
  it('pelvic girdle pain is likely in pregnancy with buttock pain and no root signs (Vleeming 2008)', () => {
    const p: Presentation = {
      pregnant: true,
      gestationWeeks: 24,
      symptoms: [{ kind: 'pain', region: 'buttock', side: 'bilateral' }],
      exam: { tests: [{ test: 'straight-leg-raise', side: 'left', result: 'negative' }] },
    };
    assert.equal(likelihoodOf(p, 'pelvic-girdle-pain'), 'likely');
  });
  it('pelvic girdle pain is only possible when pain reaches below the knee', () => {
    const p: Presentation = {
      pregnant: true,
      symptoms: [
        { kind: 'pain', region: 'buttock', side: 'left' },
        { kind: 'pain', region: 'posterior-leg', side: 'left' },
      ],
    };
    assert.equal(likelihoodOf(p, 'pelvic-girdle-pain'), 'possible');
  });
  it('spondylolysis is likely in an adolescent with extension pain and no radicular signs (Micheli 1995)', () => {
    const p: Presentation = {
      age: 15,
      symptoms: [{ kind: 'pain', region: 'low-back' }],
      aggravators: ['extension'],
    };
    assert.equal(likelihoodOf(p, 'spondylolysis'), 'likely');
    assert.equal(likelihoodOf({ ...p, age: 40 }, 'spondylolysis'), undefined);
  });
  it('axial spondyloarthritis: 3 months, onset before 45, three inflammatory features (NICE NG65)', () => {
    const p: Presentation = {
      age: 27,
      durationWeeks: 20,
      symptoms: [
        { kind: 'pain', region: 'low-back' },
        { kind: 'pain', region: 'buttock', side: 'bilateral' },
      ],
      relievers: ['walking'],
      flags: ['night-pain'],
    };
    const a = assess(p, noMeds);
    assert.equal(
      a.differentials.find((d) => d.code === 'axial-spondyloarthritis')?.likelihood,
      'likely',
    );
    assert.ok(a.workup.some((w) => w.test === 'bloods-inflammatory'));
    // Six weeks is too short for the NG65 criterion.
    assert.equal(likelihoodOf({ ...p, durationWeeks: 6 }, 'axial-spondyloarthritis'), undefined);
  });
  it('trochanteric pain is likely with lateral thigh pain, no paraesthesia and a negative SLR (NICE NG59)', () => {
    const p: Presentation = {
      symptoms: [{ kind: 'pain', region: 'lateral-thigh', side: 'left' }],
      exam: { tests: [{ test: 'straight-leg-raise', side: 'left', result: 'negative' }] },
    };
    assert.equal(likelihoodOf(p, 'greater-trochanteric-pain-syndrome'), 'likely');
  });
  it('a symptomatic aneurysm is a likely differential and keeps radiculopathy codes away (NICE NG156)', () => {
    const a = assess(
      {
        age: 74,
        durationWeeks: 1,
        symptoms: [
          { kind: 'pain', region: 'low-back' },
          { kind: 'pain', region: 'groin', side: 'left' },
        ],
        comorbidities: ['abdominal aortic aneurysm'],
      },
      noMeds,
    );
    assert.equal(a.triage.level, 'emergency');
    assert.equal(a.differentials[0]?.likelihood, 'likely');
    assert.ok(
      a.differentials.some(
        (d) => d.code === 'abdominal-aortic-aneurysm' && d.likelihood === 'likely',
      ),
    );
    assert.ok(!a.codes.some((c) => /^M5(4\.1|1\.1)/.test(c.code)));
  });
});

describe('no NSAID where bleeding is the risk (AGS Beers 2023)', () => {
  for (const word of ['on warfarin', 'apixaban for AF', 'history of GI bleed', 'anticoagulated']) {
    it(`"${word}": paracetamol, no NSAID step`, () => {
      const a = assess(
        {
          age: 60,
          symptoms: [{ kind: 'pain', region: 'posterior-leg', side: 'left' }],
          comorbidities: [word],
        },
        noMeds,
      );
      assert.ok(!a.plan.steps.some((s) => s.code === 'nsaid'));
      assert.ok(a.plan.steps.some((s) => s.code === 'bleeding-risk-analgesia'));
    });
  }
});

describe('no NSAID in heart failure or with an anticoagulant in the medication list (AGS Beers 2023)', () => {
  const leg = [{ kind: 'pain', region: 'posterior-leg', side: 'left' }] as const;
  it('"CHF": the heart-failure step, no NSAID', () => {
    const a = assess({ age: 78, symptoms: [...leg], comorbidities: ['CHF'] }, noMeds);
    assert.ok(!a.plan.steps.some((s) => s.code === 'nsaid'));
    assert.ok(a.plan.steps.some((s) => s.code === 'heart-failure-analgesia'));
  });
  it('Xarelto in the medications: no NSAID', () => {
    const a = assess(
      {
        age: 78,
        symptoms: [...leg],
        medications: [{ drug: 'Xarelto', doseMg: 15, timesPerDay: 1 }],
      },
      noMeds,
    );
    assert.ok(!a.plan.steps.some((s) => s.code === 'nsaid'));
  });
});

describe('saddle anaesthesia against a normal saddle examination', () => {
  it('is listed as an inconsistency and the emergency stands (GIRFT 2023)', () => {
    const a = assess(
      {
        symptoms: [{ kind: 'pain', region: 'posterior-leg', side: 'right' }],
        flags: ['saddle-anesthesia'],
        exam: { sensory: [{ region: 'saddle', side: 'bilateral', status: 'normal' }] },
      },
      noMeds,
    );
    assert.equal(a.triage.level, 'emergency');
    assert.ok(a.inconsistencies.some((i) => i.code === 'saddle-anaesthesia-with-normal-exam'));
  });
});
