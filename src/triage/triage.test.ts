import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FLAGS, triageRank } from '../vocab/index.js';
import type { Flag, TriageLevel } from '../vocab/index.js';
import { getKb } from '../kb/index.js';
import { derivePresentationFacts } from './facts.js';
import type { TriageInput } from './facts.js';
import { TRIAGE_RULES } from './rules.js';
import { triageRedFlags } from './triage-red-flags.js';
import { ASSESSMENT_CITATIONS, ASSESSMENT_CITATION_IDS } from './citations.js';
import { motorArb, sideArb, symptomsArb } from '../../test/support/presentation-arbitraries.js';

const triage = (input: TriageInput) => triageRedFlags(derivePresentationFacts(input));
const leg = (side: 'left' | 'right' | 'bilateral' = 'left') => ({
  kind: 'pain' as const,
  region: 'posterior-leg' as const,
  side,
});

/** One row per published criterion: a minimal presentation, the level it demands, the rule and its source. */
const TABLE: { code: string; level: TriageLevel; source: string; input: TriageInput }[] = [
  {
    code: 'ces-saddle-anaesthesia',
    level: 'emergency',
    source: 'nice-cks-sciatica',
    input: { symptoms: [leg()], flags: ['saddle-anesthesia'] },
  },
  {
    code: 'ces-saddle-anaesthesia',
    level: 'emergency',
    source: 'nice-cks-sciatica',
    input: { symptoms: [{ kind: 'numbness', region: 'saddle' }] },
  },
  {
    code: 'ces-saddle-anaesthesia',
    level: 'emergency',
    source: 'nice-cks-sciatica',
    input: { symptoms: [leg()], exam: { sensory: [{ region: 'saddle', status: 'reduced' }] } },
  },
  {
    code: 'ces-urinary-retention',
    level: 'emergency',
    source: 'nice-cks-sciatica',
    input: { symptoms: [leg()], flags: ['urinary-retention'] },
  },
  {
    code: 'ces-urinary-incontinence',
    level: 'emergency',
    source: 'nice-cks-sciatica',
    input: { symptoms: [leg()], flags: ['urinary-incontinence'] },
  },
  {
    code: 'ces-fecal-incontinence',
    level: 'emergency',
    source: 'nice-cks-sciatica',
    input: { symptoms: [leg()], flags: ['fecal-incontinence'] },
  },
  {
    code: 'ces-sexual-dysfunction',
    level: 'emergency',
    source: 'nice-cks-sciatica',
    input: { symptoms: [leg()], flags: ['sexual-dysfunction'] },
  },
  {
    code: 'ces-bilateral-sciatica',
    level: 'emergency',
    source: 'nice-cks-sciatica',
    input: { durationWeeks: 2, symptoms: [leg('left'), leg('right')] },
  },
  {
    code: 'ces-bilateral-sciatica',
    level: 'emergency',
    source: 'nice-cks-sciatica',
    input: { symptoms: [leg()], flags: ['bilateral-leg-symptoms'] },
  },
  {
    code: 'ces-bilateral-motor-deficit',
    level: 'emergency',
    source: 'nice-cks-sciatica',
    input: {
      durationWeeks: 30,
      symptoms: [],
      exam: {
        motor: [
          { movement: 'knee-extension', side: 'left', mrc: 3 },
          { movement: 'ankle-dorsiflexion', side: 'right', mrc: 2 },
        ],
      },
    },
  },
  {
    code: 'progressive-major-motor-loss',
    level: 'emergency',
    source: 'nhs-lothian-red-flags',
    input: {
      symptoms: [leg()],
      flags: ['progressive-weakness'],
      exam: { motor: [{ movement: 'ankle-dorsiflexion', side: 'left', mrc: 3 }] },
    },
  },
  {
    code: 'acute-foot-drop',
    level: 'emergency',
    source: 'girft-spinal-2019',
    input: {
      durationWeeks: 1,
      symptoms: [leg()],
      exam: { motor: [{ movement: 'ankle-dorsiflexion', side: 'left', mrc: 2 }] },
    },
  },
  {
    code: 'malignancy-with-deficit',
    level: 'emergency',
    source: 'nice-ng234',
    input: {
      symptoms: [leg()],
      flags: ['history-of-cancer'],
      exam: { motor: [{ movement: 'knee-extension', side: 'left', mrc: 4 }] },
    },
  },
  {
    code: 'infection-with-deficit',
    level: 'emergency',
    source: 'darouiche-2006',
    input: {
      symptoms: [leg()],
      flags: ['fever'],
      exam: { reflexes: [{ reflex: 'achilles', side: 'left', status: 'absent' }] },
    },
  },
  {
    code: 'major-motor-loss',
    level: 'urgent',
    source: 'nhs-lothian-red-flags',
    input: {
      durationWeeks: 1,
      symptoms: [leg()],
      exam: { motor: [{ movement: 'ankle-plantarflexion', side: 'left', mrc: 3 }] },
    },
  },
  {
    code: 'progressive-weakness',
    level: 'urgent',
    source: 'finucane-2020-red-flags',
    input: { symptoms: [leg()], flags: ['progressive-weakness'] },
  },
  {
    code: 'infection-fever',
    level: 'urgent',
    source: 'nice-cks-low-back-pain',
    input: { symptoms: [], flags: ['fever'] },
  },
  {
    code: 'infection-risk-iv-drug-use',
    level: 'urgent',
    source: 'finucane-2020-red-flags',
    input: { symptoms: [], flags: ['iv-drug-use'] },
  },
  {
    code: 'infection-risk-immunosuppression',
    level: 'urgent',
    source: 'finucane-2020-red-flags',
    input: { symptoms: [], flags: ['immunosuppression'] },
  },
  {
    code: 'infection-risk-recent-procedure',
    level: 'urgent',
    source: 'finucane-2020-red-flags',
    input: { symptoms: [], flags: ['recent-spinal-procedure'] },
  },
  {
    code: 'malignancy-history',
    level: 'urgent',
    source: 'nice-ng234',
    input: { symptoms: [], flags: ['history-of-cancer'] },
  },
  {
    code: 'malignancy-weight-loss',
    level: 'urgent',
    source: 'finucane-2020-red-flags',
    input: { symptoms: [], flags: ['unexplained-weight-loss'] },
  },
  {
    code: 'fracture-trauma',
    level: 'urgent',
    source: 'acr-2021-low-back-pain',
    input: { symptoms: [], flags: ['significant-trauma'] },
  },
  {
    code: 'fracture-steroids',
    level: 'urgent',
    source: 'finucane-2020-red-flags',
    input: { symptoms: [], flags: ['prolonged-steroid-use'] },
  },
  {
    code: 'fracture-osteoporosis',
    level: 'urgent',
    source: 'finucane-2020-red-flags',
    input: {
      age: 78,
      durationWeeks: 1,
      symptoms: [{ kind: 'pain', region: 'low-back' }],
      flags: ['osteoporosis'],
    },
  },
  {
    code: 'osteoporosis',
    level: 'soon',
    source: 'finucane-2020-red-flags',
    input: { age: 48, pain: { back: 3 }, symptoms: [], flags: ['osteoporosis'] },
  },
  {
    code: 'night-pain',
    level: 'soon',
    source: 'finucane-2020-red-flags',
    input: { symptoms: [], flags: ['night-pain'] },
  },
  {
    code: 'bilateral-leg-symptoms-not-ces',
    level: 'soon',
    source: 'bmj-bp-ces',
    input: { durationWeeks: 40, symptoms: [leg('bilateral')] },
  },
  {
    code: 'bilateral-leg-symptoms-not-ces',
    level: 'soon',
    source: 'bmj-bp-ces',
    input: {
      durationWeeks: 6,
      symptoms: [leg('bilateral')],
      aggravators: ['walking'],
      relievers: ['sitting'],
    },
  },
  {
    code: 'bilateral-leg-symptoms-not-ces',
    level: 'soon',
    source: 'bmj-bp-ces',
    input: { durationWeeks: 3, symptoms: [{ kind: 'burning', region: 'sole', side: 'bilateral' }] },
  },
  {
    code: 'upper-motor-neuron-signs',
    level: 'soon',
    source: 'davies-2018-myelopathy',
    input: {
      symptoms: [],
      exam: { reflexes: [{ reflex: 'patellar', side: 'left', status: 'brisk' }] },
    },
  },
  {
    // A reflex change alone is reviewed soon once it outlasts the 6-week conservative window (ACR 2021).
    code: 'objective-deficit',
    level: 'soon',
    source: 'acp-aps-2007',
    input: {
      durationWeeks: 7,
      symptoms: [leg()],
      exam: { reflexes: [{ reflex: 'achilles', side: 'left', status: 'reduced' }] },
    },
  },
  {
    // Weakness from the subacute phase (4 weeks, ACP) is reviewed soon.
    code: 'objective-deficit',
    level: 'soon',
    source: 'acp-aps-2007',
    input: {
      durationWeeks: 4,
      symptoms: [leg()],
      exam: { motor: [{ movement: 'great-toe-extension', side: 'left', mrc: 4 }] },
    },
  },
  {
    // Inside the window, a reflex change alone is followed up routinely.
    code: 'objective-deficit-early',
    level: 'routine',
    source: 'acr-2021-low-back-pain',
    input: {
      durationWeeks: 5,
      symptoms: [leg()],
      exam: { reflexes: [{ reflex: 'achilles', side: 'left', status: 'reduced' }] },
    },
  },
  {
    code: 'objective-deficit',
    level: 'soon',
    source: 'acp-aps-2007',
    input: {
      symptoms: [leg()],
      exam: { motor: [{ movement: 'great-toe-extension', side: 'left', mrc: 4 }] },
    },
  },
  {
    code: 'persistent-radicular-pain',
    level: 'soon',
    source: 'acr-2021-low-back-pain',
    input: { durationWeeks: 10, conservativeCareWeeks: 8, symptoms: [leg()] },
  },
  {
    code: 'objective-deficit-early',
    level: 'routine',
    source: 'acr-2021-low-back-pain',
    input: {
      durationWeeks: 2,
      symptoms: [leg()],
      exam: { motor: [{ movement: 'great-toe-extension', side: 'left', mrc: 4 }] },
    },
  },
  {
    code: 'infection-suspected',
    level: 'emergency',
    source: 'darouiche-2006',
    input: { symptoms: [{ kind: 'pain', region: 'low-back' }], flags: ['fever', 'iv-drug-use'] },
  },
  {
    code: 'infection-suspected',
    level: 'emergency',
    source: 'darouiche-2006',
    input: {
      symptoms: [{ kind: 'pain', region: 'low-back' }],
      flags: ['fever'],
      comorbidities: ['T2DM'],
    },
  },
  {
    code: 'infection-suspected',
    level: 'emergency',
    source: 'darouiche-2006',
    input: {
      symptoms: [{ kind: 'pain', region: 'low-back' }],
      flags: ['fever'],
      comorbidities: ['kidney transplant'],
    },
  },
  {
    code: 'infection-suspected',
    level: 'emergency',
    source: 'darouiche-2006',
    input: {
      symptoms: [{ kind: 'pain', region: 'low-back' }],
      flags: ['fever'],
      comorbidities: ['IVDU'],
    },
  },
  {
    code: 'possible-aortic-aneurysm',
    level: 'urgent',
    source: 'nice-ng156',
    input: {
      age: 74,
      durationWeeks: 0,
      symptoms: [
        { kind: 'pain', region: 'low-back', side: 'bilateral' },
        { kind: 'pain', region: 'lower-abdomen', side: 'left' },
      ],
    },
  },
  {
    code: 'symptomatic-aortic-aneurysm',
    level: 'emergency',
    source: 'nice-ng156',
    input: {
      age: 74,
      durationWeeks: 1,
      symptoms: [
        { kind: 'pain', region: 'low-back', side: 'left' },
        { kind: 'pain', region: 'groin', side: 'left' },
      ],
      comorbidities: ['known AAA 5.2 cm'],
    },
  },
  {
    code: 'pregnancy-abdominal-pain',
    level: 'urgent',
    source: 'nice-ng25',
    input: {
      pregnant: true,
      gestationWeeks: 34,
      symptoms: [
        { kind: 'pain', region: 'low-back', side: 'bilateral' },
        { kind: 'cramp', region: 'lower-abdomen', side: 'bilateral' },
      ],
    },
  },
  {
    code: 'pregnancy-fever',
    level: 'emergency',
    source: 'vermani-2010-pregnancy-back-pain',
    input: { pregnant: true, symptoms: [{ kind: 'pain', region: 'low-back' }], flags: ['fever'] },
  },
  {
    code: 'paediatric-red-flag',
    level: 'urgent',
    source: 'acr-2017-back-pain-child',
    input: { age: 12, durationWeeks: 6, symptoms: [{ kind: 'pain', region: 'low-back' }] },
  },
  {
    code: 'paediatric-red-flag',
    level: 'urgent',
    source: 'acr-2017-back-pain-child',
    input: {
      age: 17,
      durationWeeks: 1,
      symptoms: [{ kind: 'pain', region: 'low-back' }],
      flags: ['night-pain'],
    },
  },
  {
    code: 'myelopathy-signs',
    level: 'urgent',
    source: 'davies-2018-myelopathy',
    input: {
      symptoms: [leg('bilateral')],
      durationWeeks: 30,
      exam: {
        reflexes: [
          { reflex: 'patellar', side: 'left', status: 'brisk' },
          { reflex: 'patellar', side: 'right', status: 'brisk' },
        ],
      },
    },
  },
  {
    code: 'paediatric-back-pain',
    level: 'soon',
    source: 'acr-2017-back-pain-child',
    input: { age: 10, durationWeeks: 1, symptoms: [{ kind: 'pain', region: 'low-back' }] },
  },
  {
    code: 'pregnancy',
    level: 'routine',
    source: 'vermani-2010-pregnancy-back-pain',
    input: {
      comorbidities: ['pregnancy'],
      durationWeeks: 2,
      symptoms: [{ kind: 'pain', region: 'low-back' }],
    },
  },
  {
    code: 'no-red-flags',
    level: 'routine',
    source: 'nice-ng59',
    input: {
      durationWeeks: 2,
      symptoms: [{ kind: 'pain', region: 'low-back', side: 'bilateral' }],
    },
  },
];

describe('triage rules, one row per criterion', () => {
  for (const row of TABLE) {
    it(`${row.code} → ${row.level} (${row.source}): ${JSON.stringify(row.input)}`, () => {
      const t = triage(row.input);
      assert.equal(t.level, row.level);
      const reason = t.reasons.find((r) => r.code === row.code);
      assert.ok(reason, `reasons: ${t.reasons.map((r) => r.code).join(', ')}`);
      assert.equal(reason.source, row.source);
      const rule = TRIAGE_RULES.find((r) => r.code === row.code);
      if (rule) assert.equal(reason.concern, rule.concern);
      assert.ok(reason.text.length > 10);
    });
  }

  it('the table covers every rule', () => {
    const tested = new Set(TABLE.map((r) => r.code));
    for (const rule of TRIAGE_RULES) assert.ok(tested.has(rule.code), `no row for ${rule.code}`);
  });

  it('every rule source resolves to a citation in the KB registry', () => {
    const kb = getKb();
    for (const rule of TRIAGE_RULES) {
      for (const s of rule.sources) assert.ok(kb.citations.has(s), `${rule.code}: ${s}`);
    }
  });

  it('every id the assessment rules may cite has its record in the KB', () => {
    assert.equal(ASSESSMENT_CITATIONS.length, ASSESSMENT_CITATION_IDS.length);
  });

  it('rule codes are unique kebab-case', () => {
    const codes = TRIAGE_RULES.map((r) => r.code);
    for (const code of codes) assert.match(code, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.equal(new Set(codes).size, codes.length);
  });
});

describe('triage special cases', () => {
  it('recent bilateral sciatica with no positional pattern stays an emergency', () => {
    assert.equal(
      triage({ durationWeeks: 3, symptoms: [leg('bilateral')], aggravators: ['walking'] }).level,
      'emergency',
    );
  });

  it('long-standing bilateral claudicant symptoms are not called cauda equina, but still flagged', () => {
    const t = triage({
      durationWeeks: 52,
      symptoms: [leg('bilateral')],
      aggravators: ['walking'],
      relievers: ['sitting'],
    });
    assert.equal(t.level, 'soon');
    assert.ok(!t.reasons.some((r) => r.code.startsWith('ces-')));
  });

  it('an unlateralised weakness is severe but never counted as bilateral', () => {
    const t = triage({ symptoms: [], exam: { motor: [{ movement: 'knee-extension', mrc: 2 }] } });
    assert.equal(t.level, 'urgent');
    assert.ok(!t.reasons.some((r) => r.code === 'ces-bilateral-motor-deficit'));
  });

  it('reasons are listed most urgent first', () => {
    const t = triage({ symptoms: [leg()], flags: ['night-pain', 'fever', 'urinary-retention'] });
    const ranks = t.reasons.map((r) => triageRank(r.level));
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => b - a),
    );
  });
});

// ---- Properties -------------------------------------------------------------------------------------

const inputArb: fc.Arbitrary<TriageInput> = fc.record({
  age: fc.integer({ min: 18, max: 95 }),
  durationWeeks: fc.integer({ min: 0, max: 60 }),
  conservativeCareWeeks: fc.integer({ min: 0, max: 30 }),
  pain: fc.record({ back: fc.integer({ min: 0, max: 10 }), leg: fc.integer({ min: 0, max: 10 }) }),
  symptoms: symptomsArb(sideArb, 4),
  exam: fc.record({ motor: motorArb(sideArb, 3) }),
  flags: fc.uniqueArray(fc.constantFrom(...FLAGS), { maxLength: 4 }),
});

describe('triage properties', () => {
  it('adding a red flag never lowers the triage level', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...FLAGS), (input, flag: Flag) => {
        const before = triage(input).level;
        const after = triage({ ...input, flags: [...(input.flags ?? []), flag] }).level;
        assert.ok(triageRank(after) >= triageRank(before), `${flag}: ${before} → ${after}`);
      }),
      { numRuns: 500 },
    );
  });

  it('a cauda equina flag always means emergency, whatever else is present', () => {
    const ces = fc.constantFrom<Flag>(
      'saddle-anesthesia',
      'urinary-retention',
      'urinary-incontinence',
      'fecal-incontinence',
      'sexual-dysfunction',
    );
    fc.assert(
      fc.property(inputArb, ces, (input, flag) => {
        assert.equal(
          triage({ ...input, flags: [...(input.flags ?? []), flag] }).level,
          'emergency',
        );
      }),
      { numRuns: 300 },
    );
  });

  it('every reason names a source and the level equals the most urgent reason', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const t = triage(input);
        assert.ok(t.reasons.length > 0);
        for (const r of t.reasons) assert.ok(r.source.length > 0 && r.sources.includes(r.source));
        assert.equal(triageRank(t.level), Math.max(...t.reasons.map((r) => triageRank(r.level))));
      }),
      { numRuns: 300 },
    );
  });
});
