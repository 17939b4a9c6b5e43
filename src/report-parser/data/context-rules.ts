/**
 * ConText-style trigger rules, kept as data (the model of ConText's and medspaCy's rule files): a literal
 * phrase, its category, the direction of its scope, and an example the rule test parses. Scopes never
 * leave their clause: a sentence end, a semicolon, a termination term or another trigger closes them.
 */
import type { FindingType } from '../../vocab/index.js';
import type { ParserSourceId } from './sources.js';

/** What a trigger does to the findings in its scope. */
export const CONTEXT_CATEGORIES = ['negation', 'uncertainty', 'termination', 'pseudo'] as const;
export type ContextCategory = (typeof CONTEXT_CATEGORIES)[number];

/** Which way a trigger's scope runs from the trigger. */
export const CONTEXT_DIRECTIONS = ['forward', 'backward', 'bidirectional', 'none'] as const;
export type ContextDirection = (typeof CONTEXT_DIRECTIONS)[number];

/** One trigger rule. `literal` is matched word by word, case-insensitively, hyphens ignored. */
export interface ContextRule {
  readonly literal: string;
  readonly category: ContextCategory;
  readonly direction: ContextDirection;
  /** Words the scope may span at most (default 12). */
  readonly maxScope?: number;
  /**
   * A backward trigger that opens its sentence covers forward instead: "Resolved right L5-S1 foraminal
   * narrowing" (an adjective before its finding), as against "the narrowing has resolved".
   */
  readonly opensForward?: boolean;
  /** A report snippet that exercises the rule, and the finding it must yield there. */
  readonly example: string;
  readonly expect: { readonly finding: FindingType; readonly negated: boolean; readonly uncertain: boolean };
  readonly source: ParserSourceId;
}

const neg = (finding: FindingType) => ({ finding, negated: true, uncertain: false }) as const;
const unc = (finding: FindingType) => ({ finding, negated: false, uncertain: true }) as const;
const plain = (finding: FindingType) => ({ finding, negated: false, uncertain: false }) as const;

/**
 * The reader's own withdrawal of an earlier statement ("I do not confirm this"): a negation, and a
 * resolution of the foramen a pronoun after it stands for (_implied-sides.ts).
 */
export const READER_WITHDRAWALS = [
  'do not confirm', 'cannot confirm', 'can not confirm', 'could not confirm', 'did not confirm',
  'does not confirm', 'am unable to confirm', 'are unable to confirm', 'was unable to confirm',
] as const;

/** The rule table. Longer literals win over shorter ones that start at the same word. */
/**
 * "Is not more detectable" (German "nicht mehr nachweisbar"), "no more visible" (French "plus visible",
 * Portuguese "não mais"), "not seen anymore": the finding was there and has gone, as "no longer" says
 * (round 22).
 */
export const GONE_PHRASES: readonly string[] = [
  ...['not more', 'no more'].flatMap((not) =>
    ['detectable', 'visible', 'seen', 'identifiable', 'evident', 'demonstrable', 'recognisable', 'recognizable', 'appreciable', 'depicted', 'present', 'shown'].map(
      (seen) => `${not} ${seen}`,
    ),
  ),
  ...['detectable', 'visible', 'seen', 'identifiable', 'evident', 'demonstrable', 'present', 'appreciated', 'shown'].flatMap((seen) =>
    ['anymore', 'any more', 'any longer'].map((more) => `not ${seen} ${more}`),
  ),
  // "The left foramen narrowing previously described has disappeared" (reports translated from Chinese
  // and Spanish, round 25), "the protrusion has completely regressed".
  'disappeared', 'vanished', 'completely regressed', 'regressed completely', 'fully regressed',
];

export const CONTEXT_RULES: readonly ContextRule[] = [
  // Negation, forward: the NegEx pre-negation triggers that radiology reports use.
  { literal: 'no', category: 'negation', direction: 'forward', example: 'L4-L5: no foraminal narrowing.', expect: neg('foraminal-stenosis'), source: 'negex-2001' },
  { literal: 'not', category: 'negation', direction: 'forward', example: 'L5-S1: disc bulge not causing foraminal narrowing.', expect: neg('foraminal-stenosis'), source: 'negex-2001' },
  { literal: 'w / o', category: 'negation', direction: 'forward', example: 'L4-5: mild disc bulge w/o stenosis.', expect: neg('central-canal-stenosis'), source: 'corpus-review' },
  { literal: 'without', category: 'negation', direction: 'forward', example: 'L3-L4: mild bulge without central canal stenosis.', expect: neg('central-canal-stenosis'), source: 'negex-2001' },
  { literal: 'negative for', category: 'negation', direction: 'forward', example: 'L4-5 negative for disc herniation.', expect: neg('disc-herniation'), source: 'negex-2001' },
  { literal: 'free of', category: 'negation', direction: 'forward', example: 'The L2-L3 foramina are free of encroachment.', expect: neg('foraminal-stenosis'), source: 'medspacy-rules' },
  { literal: 'no evidence of', category: 'negation', direction: 'forward', example: 'No evidence of disc extrusion at L4-L5.', expect: neg('disc-extrusion'), source: 'negex-2001' },
  { literal: 'no evidence for', category: 'negation', direction: 'forward', example: 'No evidence for spondylolisthesis at L5-S1.', expect: neg('spondylolisthesis'), source: 'negex-2001' },
  { literal: 'no significant', category: 'negation', direction: 'forward', example: 'L4-5: no significant neural foraminal narrowing.', expect: neg('foraminal-stenosis'), source: 'corpus-review' },
  { literal: 'no definite', category: 'negation', direction: 'forward', example: 'L3-4: no definite annular fissure.', expect: neg('annular-fissure'), source: 'negex-2001' },
  { literal: 'absence of', category: 'negation', direction: 'forward', example: 'Absence of facet arthropathy at L1-L2.', expect: neg('facet-arthropathy'), source: 'negex-2001' },
  { literal: 'rather than', category: 'negation', direction: 'forward', example: 'At L4-5 a disc bulge rather than a disc protrusion.', expect: neg('disc-protrusion'), source: 'medspacy-rules' },
  { literal: 'no longer', category: 'negation', direction: 'bidirectional', example: 'L5-S1: the synovial cyst is no longer seen.', expect: neg('synovial-cyst'), source: 'medspacy-rules' },
  { literal: 'negative', category: 'negation', direction: 'backward', example: 'L4-L5 spondylolisthesis is negative.', expect: neg('spondylolisthesis'), source: 'medspacy-rules' },
  // Negation, backward: post-negation triggers.
  { literal: 'not seen', category: 'negation', direction: 'backward', example: 'Disc extrusion at L5-S1 is not seen.', expect: neg('disc-extrusion'), source: 'negex-2001' },
  { literal: 'not identified', category: 'negation', direction: 'backward', example: 'Foraminal stenosis at L3-L4 is not identified.', expect: neg('foraminal-stenosis'), source: 'negex-2001' },
  { literal: 'not demonstrated', category: 'negation', direction: 'backward', example: 'An annular tear at L4-L5 is not demonstrated.', expect: neg('annular-fissure'), source: 'medspacy-rules' },
  { literal: 'not visualized', category: 'negation', direction: 'backward', example: 'Retrolisthesis at L2-L3 is not visualized.', expect: neg('retrolisthesis'), source: 'medspacy-rules' },
  // "Foraminal stenosis: - L2-L3: not observed." (Spanish "no se observa"; round 26: read as present).
  { literal: 'not observed', category: 'negation', direction: 'backward', example: 'Foraminal stenosis at L2-L3 is not observed.', expect: neg('foraminal-stenosis'), source: 'medspacy-rules' },
  { literal: 'not detected', category: 'negation', direction: 'backward', example: 'A disc extrusion at L4-L5 is not detected.', expect: neg('disc-extrusion'), source: 'medspacy-rules' },
  { literal: 'not appreciated', category: 'negation', direction: 'backward', example: 'Canal stenosis at L3-L4 is not appreciated.', expect: neg('central-canal-stenosis'), source: 'medspacy-rules' },
  { literal: 'absent', category: 'negation', direction: 'backward', example: 'Modic change at L4-L5 is absent.', expect: neg('modic-change'), source: 'negex-2001' },
  { literal: 'ruled out', category: 'negation', direction: 'backward', example: 'A disc extrusion at L5-S1 was ruled out.', expect: neg('disc-extrusion'), source: 'negex-2001' },
  { literal: 'resolved', category: 'negation', direction: 'backward', opensForward: true, maxScope: 18, example: 'The L4-L5 disc herniation has resolved.', expect: neg('disc-herniation'), source: 'medspacy-rules' },
  // "Previous severe central canal stenosis at L4-5: relieved." (after decompression, as "decompressed"
  // is read: none now, the earlier grade the prior study's; round 26).
  { literal: 'relieved', category: 'negation', direction: 'backward', example: 'The L4-L5 foraminal stenosis is relieved.', expect: neg('foraminal-stenosis'), source: 'medspacy-rules' },
  // "The previously severe central canal stenosis has been decompressed" (after surgery): none now, with
  // the earlier grade as the prior study's (a changed grade, as readers label it, not a resolution).
  { literal: 'decompressed', category: 'negation', direction: 'backward', example: 'The L4-L5 central canal stenosis has been decompressed.', expect: neg('central-canal-stenosis'), source: 'corpus-review' },
  { literal: 'not confirmed', category: 'negation', direction: 'backward', example: 'The left L4-5 foraminal stenosis of the outside CT is not confirmed.', expect: neg('foraminal-stenosis'), source: 'context-2009' },
  // "The 2022 report described mild right foraminal narrowing. I do not confirm this." (set 36: the
  // retraction, the reader's own verb before its pronoun, had not been read).
  ...READER_WITHDRAWALS.map(
    (literal) =>
      ({ literal, category: 'negation', direction: 'bidirectional', example: `On review ${literal.startsWith('am') ? 'I' : 'we'} ${literal.replace(/^(?:am|was) /, 'are ')} the left L4-5 foraminal narrowing of the outside report.`, expect: neg('foraminal-stenosis'), source: 'corpus-review' }) as const,
  ),
  // "The 2021 mild left L3-4 foraminal narrowing is retracted" (round 27: read as a current mild finding).
  { literal: 'retracted', category: 'negation', direction: 'backward', example: 'The left L3-4 foraminal narrowing of the 2021 report is retracted.', expect: neg('foraminal-stenosis'), source: 'corpus-review' },
  { literal: 'withdrawn', category: 'negation', direction: 'backward', example: 'The left L3-4 foraminal narrowing of the 2021 report is withdrawn.', expect: neg('foraminal-stenosis'), source: 'corpus-review' },
  { literal: 'nil significant', category: 'negation', direction: 'forward', example: 'Nil significant foraminal stenosis at L4/5.', expect: neg('foraminal-stenosis'), source: 'corpus-review' },
  { literal: 'not present', category: 'negation', direction: 'backward', example: 'The left L3-4 foraminal stenosis is not present.', expect: neg('foraminal-stenosis'), source: 'negex-2001' },
  { literal: 'nil', category: 'negation', direction: 'backward', example: 'L5-S1: central canal stenosis nil.', expect: neg('central-canal-stenosis'), source: 'corpus-review' },
  { literal: 'neither', category: 'negation', direction: 'forward', example: 'At L3-L4 there is neither canal stenosis nor foraminal narrowing.', expect: neg('foraminal-stenosis'), source: 'negex-2001' },
  { literal: 'interval resolution of', category: 'negation', direction: 'forward', example: 'Interval resolution of the left L4-5 foraminal narrowing.', expect: neg('foraminal-stenosis'), source: 'context-2009' },
  { literal: 'resolution of', category: 'negation', direction: 'forward', example: 'Resolution of the L4-5 foraminal narrowing.', expect: neg('foraminal-stenosis'), source: 'context-2009' },
  ...GONE_PHRASES.map(
    (literal): ContextRule => ({
      literal, category: 'negation', direction: 'backward',
      example: `L3-L4: the left foraminal stenosis is ${literal}.`, expect: neg('foraminal-stenosis'), source: 'corpus-review',
    }),
  ),
  { literal: 'none', category: 'negation', direction: 'backward', example: 'L5-S1 foraminal stenosis: none.', expect: neg('foraminal-stenosis'), source: 'medspacy-rules' },
  // Uncertainty.
  { literal: 'possible', category: 'uncertainty', direction: 'forward', example: 'L4-5: possible small disc extrusion.', expect: unc('disc-extrusion'), source: 'context-2009' },
  { literal: 'possibly', category: 'uncertainty', direction: 'forward', example: 'L5-S1 foraminal stenosis possibly impinging the exiting L5 nerve root.', expect: unc('nerve-root-compression'), source: 'context-2009' },
  { literal: 'probable', category: 'uncertainty', direction: 'forward', example: 'Probable annular fissure at L4-L5.', expect: unc('annular-fissure'), source: 'context-2009' },
  { literal: 'probably', category: 'uncertainty', direction: 'forward', example: 'Signal at L4-5 which probably represents a torn annulus.', expect: unc('annular-fissure'), source: 'context-2009' },
  { literal: 'may', category: 'uncertainty', direction: 'forward', example: 'L3-L4 soft tissue which may compress the right L3 nerve root.', expect: unc('nerve-root-compression'), source: 'context-2009' },
  { literal: 'might', category: 'uncertainty', direction: 'forward', example: 'L3-L4 soft tissue that might represent a synovial cyst.', expect: unc('synovial-cyst'), source: 'medspacy-rules' },
  { literal: 'could', category: 'uncertainty', direction: 'forward', example: 'At L5-S1 this could represent a facet synovial cyst.', expect: unc('synovial-cyst'), source: 'medspacy-rules' },
  { literal: 'cannot exclude', category: 'uncertainty', direction: 'forward', example: 'Cannot exclude an L4-L5 disc extrusion.', expect: unc('disc-extrusion'), source: 'context-2009' },
  { literal: 'cannot be excluded', category: 'uncertainty', direction: 'backward', example: 'An L4-L5 disc extrusion cannot be excluded.', expect: unc('disc-extrusion'), source: 'context-2009' },
  { literal: 'can not be excluded', category: 'uncertainty', direction: 'backward', example: 'An L4-L5 disc extrusion can not be excluded.', expect: unc('disc-extrusion'), source: 'context-2009' },
  { literal: 'not excluded', category: 'uncertainty', direction: 'backward', example: 'L2-L3 annular fissure not excluded.', expect: unc('annular-fissure'), source: 'medspacy-rules' },
  { literal: 'questionable', category: 'uncertainty', direction: 'forward', example: 'L5-S1 with questionable left L5 nerve root impingement.', expect: unc('nerve-root-compression'), source: 'context-2009' },
  { literal: 'question of', category: 'uncertainty', direction: 'forward', example: 'Question of L4-5 spondylolisthesis.', expect: unc('spondylolisthesis'), source: 'context-2009' },
  { literal: 'suspicious for', category: 'uncertainty', direction: 'forward', example: 'L2-L3 endplate signal suspicious for modic change.', expect: unc('modic-change'), source: 'context-2009' },
  { literal: 'suspected', category: 'uncertainty', direction: 'bidirectional', example: 'Suspected L5-S1 disc extrusion.', expect: unc('disc-extrusion'), source: 'medspacy-rules' },
  { literal: 'suggestive of', category: 'uncertainty', direction: 'forward', example: 'L3-4 appearance suggestive of a sequestrated disc.', expect: unc('disc-extrusion'), source: 'corpus-review' },
  { literal: 'likely', category: 'uncertainty', direction: 'bidirectional', example: 'L4-L5 high signal, likely an annular tear.', expect: unc('annular-fissure'), source: 'context-2009' },
  { literal: 'mostly', category: 'uncertainty', direction: 'forward', example: 'L4-L5 soft tissue density, mostly sequestrated disc.', expect: unc('disc-extrusion'), source: 'corpus-review' },
  { literal: 'versus', category: 'uncertainty', direction: 'bidirectional', example: 'L5-S1 disc protrusion versus scar.', expect: unc('disc-protrusion'), source: 'medspacy-rules' },
  { literal: 'equivocal', category: 'uncertainty', direction: 'bidirectional', example: 'Equivocal L4-L5 retrolisthesis.', expect: unc('retrolisthesis'), source: 'medspacy-rules' },
  { literal: 'concerning for', category: 'uncertainty', direction: 'forward', example: 'L4-L5 endplate signal concerning for modic change.', expect: unc('modic-change'), source: 'medspacy-rules' },
  // The radiologist notes write a bare question mark for "query".
  { literal: '?', category: 'uncertainty', direction: 'bidirectional', example: 'L3/L4 level: lesion at Lt foraminal region ? sequestrated disc.', expect: unc('disc-extrusion'), source: 'corpus-review' },
  // Termination: a new clause starts; scopes stop here.
  { literal: 'but', category: 'termination', direction: 'none', example: 'L5-S1: no foraminal narrowing but a broad disc bulge.', expect: plain('disc-bulge'), source: 'context-2009' },
  { literal: 'however', category: 'termination', direction: 'none', example: 'L4-L5: no canal stenosis, however a disc protrusion.', expect: plain('disc-protrusion'), source: 'context-2009' },
  { literal: 'although', category: 'termination', direction: 'none', example: 'L3-L4: no stenosis although mild facet arthropathy.', expect: plain('facet-arthropathy'), source: 'context-2009' },
  { literal: 'though', category: 'termination', direction: 'none', example: 'L3-L4: no stenosis though mild facet arthropathy.', expect: plain('facet-arthropathy'), source: 'context-2009' },
  { literal: 'except', category: 'termination', direction: 'none', example: 'L2-L3: no herniation except a small disc protrusion.', expect: plain('disc-protrusion'), source: 'medspacy-rules' },
  { literal: 'other than', category: 'termination', direction: 'none', example: 'L4-5: no stenosis other than a disc bulge.', expect: plain('disc-bulge'), source: 'medspacy-rules' },
  { literal: 'apart from', category: 'termination', direction: 'none', example: 'L4-5: no stenosis apart from a disc bulge.', expect: plain('disc-bulge'), source: 'medspacy-rules' },
  { literal: 'aside from', category: 'termination', direction: 'none', example: 'L4-5: no stenosis aside from a disc bulge.', expect: plain('disc-bulge'), source: 'medspacy-rules' },
  { literal: 'whereas', category: 'termination', direction: 'none', example: 'L4-5: no herniation whereas the L4-5 disc bulge is broad.', expect: plain('disc-bulge'), source: 'medspacy-rules' },
  { literal: 'which', category: 'termination', direction: 'none', example: 'At L3-L4 no herniation, which leaves a disc bulge.', expect: plain('disc-bulge'), source: 'corpus-review' },
  // Pseudo-triggers: look like triggers, are not; they hide the trigger words inside them.
  { literal: 'non compressive', category: 'pseudo', direction: 'none', example: 'L3-4: minimal non-compressive right neural foraminal narrowing.', expect: plain('foraminal-stenosis'), source: 'corpus-review' },
  { literal: 'noncompressive', category: 'pseudo', direction: 'none', example: 'L3-4: noncompressive right neural foraminal narrowing.', expect: plain('foraminal-stenosis'), source: 'corpus-review' },
  { literal: 'non displaced', category: 'pseudo', direction: 'none', example: 'L2-3 non-displaced right neural foraminal narrowing.', expect: plain('foraminal-stenosis'), source: 'corpus-review' },
  // "The left L4-L5 foramen could not be graded (motion)": nothing is said of it, neither present nor
  // absent; the "not" negates no finding (round 25).
  ...['could not be', 'cannot be', 'can not be'].flatMap((could) =>
    ['graded', 'assessed', 'evaluated', 'assessed reliably', 'evaluated reliably'].map(
      (done): ContextRule => ({
        literal: `${could} ${done}`, category: 'pseudo', direction: 'none',
        example: `L4-L5: moderate right foraminal narrowing; the left foramen ${could} ${done}.`,
        expect: plain('foraminal-stenosis'), source: 'corpus-review',
      }),
    ),
  ),
  // A double negative is a positive statement: "the canal is not without compromise either" (round 25).
  { literal: 'not without', category: 'pseudo', direction: 'none', example: 'L4-L5: the canal is not without compromise, with mild central canal stenosis.', expect: plain('central-canal-stenosis'), source: 'corpus-review' },
  { literal: 'no change', category: 'pseudo', direction: 'none', example: 'No change in the L4-L5 disc protrusion.', expect: plain('disc-protrusion'), source: 'negex-2001' },
  { literal: 'no interval change', category: 'pseudo', direction: 'none', example: 'No interval change in the L4-L5 disc extrusion.', expect: plain('disc-extrusion'), source: 'negex-2001' },
  { literal: 'no increase', category: 'pseudo', direction: 'none', example: 'No increase in the L5-S1 disc herniation.', expect: plain('disc-herniation'), source: 'negex-2001' },
  { literal: 'not mentioned', category: 'pseudo', direction: 'none', example: 'L5-S1: a right foraminal protrusion, not mentioned in the original report, causes moderate right foraminal stenosis.', expect: plain('foraminal-stenosis'), source: 'corpus-review' },
  { literal: 'not only', category: 'pseudo', direction: 'none', example: 'At L4-L5 not only a disc bulge but also facet arthropathy.', expect: plain('disc-bulge'), source: 'negex-2001' },
  { literal: 'without contrast', category: 'pseudo', direction: 'none', example: 'MRI without contrast: L4-L5 disc protrusion.', expect: plain('disc-protrusion'), source: 'corpus-review' },
];

/** Negation triggers that say a finding has gone, not that it never was. */
export const RESOLUTION_TRIGGERS: ReadonlySet<string> = new Set([
  ...GONE_PHRASES,
  'no longer',
  'resolved',
  'not confirmed',
  'retracted',
  'withdrawn',
  'interval resolution of',
  'resolution of',
]);
