/**
 * Rules added after a second blind case review: comorbidities written as free text that mean a red flag
 * (Davis 2004: IV drug use; NICE NG156: a known aneurysm), the peroneal foot drop that is not an
 * emergency decompression (Stewart 2008), and lower abdominal pain in pregnancy (NICE NG25).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { derivePresentationFacts } from './facts.js';
import type { TriageInput } from './facts.js';
import { triageRedFlags } from './triage-red-flags.js';

const triage = (input: TriageInput) => triageRedFlags(derivePresentationFacts(input));

const backPain = [{ kind: 'pain', region: 'low-back' }] as const;
const codes = (input: TriageInput): string[] => triage(input).reasons.map((r) => r.code);

describe('comorbidities that carry a red flag (Davis 2004; Finucane 2020)', () => {
  for (const word of ['IVDU', 'PWID', 'injecting drug use', 'history of IVDU, hepatitis C']) {
    it(`"${word}" with fever is suspected spinal infection (emergency)`, () => {
      const t = triage({ symptoms: [...backPain], flags: ['fever'], comorbidities: [word] });
      assert.equal(t.level, 'emergency');
      assert.ok(
        t.reasons.some((r) => r.code === 'infection-suspected' && r.concern === 'infection'),
      );
    });
  }
  for (const word of ['HIV on ART', 'on tacrolimus', 'renal transplant 2019']) {
    it(`"${word}" names immunosuppression`, () => {
      assert.ok(
        codes({ symptoms: [...backPain], comorbidities: [word] }).includes(
          'infection-risk-immunosuppression',
        ),
      );
    });
  }
  it('"spinal injection 2 weeks ago" with fever is suspected infection (Darouiche 2006)', () => {
    const t = triage({
      symptoms: [...backPain],
      flags: ['fever'],
      comorbidities: ['lumbar epidural steroid injection 2 weeks ago'],
    });
    assert.equal(t.level, 'emergency');
  });
  it('an old spinal operation without a recent time is not a recent procedure', () => {
    assert.ok(
      !codes({ symptoms: [...backPain], comorbidities: ['discectomy'] }).includes(
        'infection-risk-recent-procedure',
      ),
    );
  });
  it('"ex-IVDU" is not a current risk factor; an excised basal cell carcinoma is not a cancer red flag', () => {
    const c = codes({
      symptoms: [...backPain],
      comorbidities: ['ex-IVDU', 'basal cell carcinoma excised'],
    });
    assert.ok(!c.includes('infection-risk-iv-drug-use'));
    assert.ok(!c.includes('malignancy-history'));
    assert.ok(
      codes({ symptoms: [...backPain], comorbidities: ['breast carcinoma 2009'] }).includes(
        'malignancy-history',
      ),
    );
  });
  it('a drug in the medication list names its condition (methotrexate: immunosuppressed)', () => {
    assert.ok(
      codes({ symptoms: [...backPain], medications: [{ drug: 'methotrexate' }] }).includes(
        'infection-risk-immunosuppression',
      ),
    );
  });
  it('a one-word alias or keyword inside a phrase still names its condition ("DM2 on insulin", "prostate ca")', () => {
    assert.ok(
      codes({
        symptoms: [...backPain],
        flags: ['fever'],
        comorbidities: ['DM2 on insulin'],
      }).includes('infection-suspected'),
    );
    assert.ok(
      codes({ symptoms: [...backPain], comorbidities: ['prostate ca 2015'] }).includes(
        'malignancy-history',
      ),
    );
    // An ambiguous short word counts only as the whole entry ("leg ulcer" is not a peptic ulcer).
    assert.ok(
      codes({ symptoms: [...backPain], comorbidities: ['leg ulcer'] }).includes('no-red-flags'),
    );
  });
  it('"osteoporosis" in the comorbidities counts as the osteoporosis flag', () => {
    assert.ok(
      codes({ age: 70, symptoms: [...backPain], comorbidities: ['osteoporosis'] }).includes(
        'fracture-osteoporosis',
      ),
    );
  });
  it('"on prednisolone 10 mg" counts as long-term steroids', () => {
    assert.ok(
      codes({ symptoms: [...backPain], comorbidities: ['on prednisolone 10 mg'] }).includes(
        'fracture-steroids',
      ),
    );
  });
  it('a denied or family condition is not the patient\'s ("no IVDU", "family history of cancer")', () => {
    const c = codes({
      symptoms: [...backPain],
      flags: ['fever'],
      comorbidities: ['no IVDU', 'family history of cancer'],
    });
    assert.ok(!c.includes('infection-suspected'));
    assert.ok(!c.includes('malignancy-history'));
  });
});

describe('a known aortic aneurysm (NICE NG156)', () => {
  const aaa = (
    durationWeeks: number | undefined,
    region: 'low-back' | 'groin' | 'lower-abdomen',
  ): TriageInput => ({
    age: 72,
    durationWeeks,
    symptoms: [{ kind: 'pain', region }],
    comorbidities: ['abdominal aortic aneurysm'],
  });
  for (const region of ['low-back', 'groin', 'lower-abdomen'] as const) {
    it(`new ${region} pain is a vascular emergency`, () => {
      const t = triage(aaa(1, region));
      assert.equal(t.level, 'emergency');
      assert.ok(
        t.reasons.some((r) => r.code === 'symptomatic-aortic-aneurysm' && r.concern === 'vascular'),
      );
    });
  }
  it('an unknown duration takes the worst case', () => {
    assert.equal(triage(aaa(undefined, 'low-back')).level, 'emergency');
  });
  it('long-standing back pain (a year) is not read as a symptomatic aneurysm', () => {
    assert.ok(!codes(aaa(52, 'low-back')).includes('symptomatic-aortic-aneurysm'));
  });
  it('no aneurysm, no vascular emergency', () => {
    assert.ok(
      !codes({ age: 72, durationWeeks: 1, symptoms: [...backPain] }).includes(
        'symptomatic-aortic-aneurysm',
      ),
    );
  });
});

describe('foot drop: root or peroneal nerve (Stewart 2008)', () => {
  const drop = (inversion: number, legPain: boolean): TriageInput => ({
    durationWeeks: 1,
    symptoms: [
      { kind: 'weakness', region: 'dorsum-foot', side: 'left' },
      ...(legPain ? [{ kind: 'pain', region: 'lateral-leg', side: 'left' } as const] : []),
    ],
    exam: {
      motor: [
        { movement: 'ankle-dorsiflexion', side: 'left', mrc: 2 },
        { movement: 'foot-inversion', side: 'left', mrc: inversion },
      ],
    },
  });
  it('painless drop with inversion spared: urgent (major motor loss), not an emergency', () => {
    const t = triage(drop(5, false));
    assert.equal(t.level, 'urgent');
    assert.ok(!t.reasons.some((r) => r.code === 'acute-foot-drop'));
    assert.ok(t.reasons.some((r) => r.code === 'major-motor-loss'));
  });
  it('weak inversion puts it at the root: emergency', () => {
    assert.equal(triage(drop(4, false)).level, 'emergency');
  });
  it('radicular leg pain puts it at the root: emergency', () => {
    assert.equal(triage(drop(5, true)).level, 'emergency');
  });
  it('a progressive drop stays an emergency whatever the pattern', () => {
    assert.equal(triage({ ...drop(5, false), flags: ['progressive-weakness'] }).level, 'emergency');
  });
});

describe('lower abdominal pain in pregnancy (NICE NG25)', () => {
  it('cramps at 34 weeks: urgent, concern pregnancy', () => {
    const t = triage({
      pregnant: true,
      gestationWeeks: 34,
      symptoms: [...backPain, { kind: 'cramp', region: 'lower-abdomen' }],
    });
    assert.equal(t.level, 'urgent');
    assert.ok(
      t.reasons.some((r) => r.code === 'pregnancy-abdominal-pain' && r.concern === 'pregnancy'),
    );
  });
  it('back pain alone in pregnancy stays routine', () => {
    assert.equal(
      triage({ pregnant: true, gestationWeeks: 34, symptoms: [...backPain] }).level,
      'routine',
    );
  });
});
