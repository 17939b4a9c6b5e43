/**
 * `assess()`: a patient presentation in, a cited assessment out. Composes the rules in dependency order,
 * the way ISNCSCI's classify(exam) does: localise roots → derive facts → triage → lesion sites →
 * imaging concordance → differentials → work-up → plan → medication alerts → codes.
 */
import { DISCLAIMER, round3 } from '../vocab/index.js';
import { parseInput } from '../errors.js';
import { getKb } from '../kb/index.js';
import type { Kb } from '../kb/index.js';
import { localiseRoots } from '../localisation/index.js';
import {
  TRIAGE_MESSAGES,
  derivePresentationFacts,
  hasConcern,
  hasReason,
  triageRedFlags,
} from '../triage/index.js';
import type { Triage } from '../triage/index.js';
import { selectCodes } from '../codes/index.js';
import { PresentationSchema } from './schema.js';
import type { Assessment, Presentation } from './schema.js';
import { checkConcordance, lesionSitesFor, probableRoots } from './concordance.js';
import { listDifferentials } from './differentials.js';
import { findInconsistencies } from './inconsistencies.js';
import type { RootCall } from '../localisation/index.js';
import { planWorkup } from './workup.js';
import { buildPlan } from './plan.js';
import { checkPresentationMedications, defaultMedicationChecker } from './medications.js';
import type { MedicationChecker } from './medications.js';

/** Outside services the assessment uses; each has a default. */
export interface AssessDeps {
  /** The knowledge base plan steps are drawn from (default: the shipped KB). */
  readonly kb?: Kb;
  /** The medication checker (default: `checkMedications` from src/meds when present; null: none). */
  readonly checkMedications?: MedicationChecker | null;
}

/**
 * Assesses a presentation given as untrusted JSON.
 * @param input - a presentation (CONTRACTS.md `foramen assess` input)
 * @param deps - knowledge base and medication checker to use
 * @returns the assessment, with triage, roots, lesion sites, concordance, differentials, work-up, plan,
 *   medication alerts, ICD-10-CM codes and the disclaimer
 * @throws InputError naming the first bad field when the input does not match the schema
 */
export function assess(input: unknown, deps: AssessDeps = {}): Assessment {
  return assessPresentation(parseInput(PresentationSchema, input, 'input'), deps);
}

/**
 * Assesses an already validated presentation. Pure apart from the injected dependencies.
 * @param p - a presentation that passed `PresentationSchema`
 * @param deps - knowledge base and medication checker to use
 */
export function assessPresentation(given: Presentation, deps: AssessDeps = {}): Assessment {
  // parse-report findings of an earlier study or retracted ones (`temporal` prior/resolved) never feed
  // the assessment: only this study's findings do (the HTTP route and the CLI both come through here).
  const p = onlyCurrentImaging(given);
  const kb = deps.kb ?? getKb();
  const localisation = localiseRoots(p);
  const found = localisation.roots;
  // A root counts as radicular evidence for triage only when signs support it; a weak symptoms-only
  // call (knee pain scored to L3) must not make a knee or hip presentation "persistent radicular pain".
  const facts = derivePresentationFacts(p, {
    rootLocalised: found.some((r) => r.basis !== 'symptoms-only'),
  });
  const flagged = triageRedFlags(facts);
  const triage: Triage =
    found.length > 0
      ? flagged
      : {
          level: flagged.level,
          reasons: [
            ...flagged.reasons,
            {
              code: 'no-root-localised',
              level: 'routine',
              concern: 'other',
              text: localisation.notes[0] ?? TRIAGE_MESSAGES['no-root-localised'](facts),
              source: 'suri-2011',
              sources: ['suri-2011', 'harrison-radiculopathy'],
            },
          ],
        };
  const imaging = p.imaging ?? [];
  const differentials = listDifferentials({ input: p, facts, roots: found, triage });
  const inconsistencies = findInconsistencies(p, facts.pregnant);
  const radicular = differentials.find((d) => d.code === 'lumbar-radiculopathy')?.likelihood;
  const notes = [...localisation.notes];
  const roots = adjustRoots(found, radicular, inconsistencies.length > 0, notes);
  const concordance = checkConcordance(imaging, roots);
  const workup = planWorkup({ input: p, facts, roots, triage, concordance, differentials });
  const plan = buildPlan({ input: p, facts, roots, triage, concordance }, kb);
  const checker =
    deps.checkMedications === null
      ? undefined
      : (deps.checkMedications ?? defaultMedicationChecker());
  const medicationAlerts = checkPresentationMedications(p, checker, facts);
  const concordantFindings = concordance
    .filter((c) => c.concordant)
    .map((c) => imaging[c.imagingIndex])
    .filter((f): f is NonNullable<typeof f> => f !== undefined);
  const ces = hasConcern(triage, 'cauda-equina');
  const codes = selectCodes({
    caudaEquina: ces,
    caudaEquinaFeatures: ces
      ? [
          ...(hasReason(triage, 'ces-urinary-retention') ? (['urinary-retention'] as const) : []),
          ...(hasReason(triage, 'ces-urinary-incontinence')
            ? (['urinary-incontinence'] as const)
            : []),
          ...(hasReason(triage, 'ces-fecal-incontinence') ? (['fecal-incontinence'] as const) : []),
          ...(hasReason(triage, 'ces-saddle-anaesthesia') ? (['saddle-anaesthesia'] as const) : []),
        ]
      : [],
    radiculopathyUnlikely: radicular === 'unlikely',
    roots: probableRoots(roots).map((r) => ({
      root: r.root,
      side: r.side,
      objective: r.basis === 'objective-signs',
    })),
    concordantFindings,
    findingsAtLevel: (level) =>
      imaging.filter((f) => f.level === level && f.negated !== true).map((f) => f.finding),
    backPain: p.symptoms.some((s) => s.region === 'low-back') || (p.pain?.back ?? 0) > 0,
    neurogenicClaudication: facts.neurogenicClaudication,
    centralStenosis: imaging.some(
      (f) => f.finding === 'central-canal-stenosis' && f.negated !== true && f.severity !== 'none',
    ),
  });
  return {
    triage: {
      level: triage.level,
      reasons: triage.reasons.map((r) => ({ ...r, sources: [...r.sources] })),
    },
    // Copied field by field (the RootCall and RootEvidence key order): spreading a root that
    // adjustRoots had already spread took V8's slow generic clone path and cost ~1 µs per call.
    roots: roots.map((r) => ({
      root: r.root,
      side: r.side,
      score: r.score,
      confidence: r.confidence,
      basis: r.basis,
      evidence: r.evidence.map((e) => ({
        kind: e.kind,
        detail: e.detail,
        weight: e.weight,
        sources: [...e.sources],
      })),
      indistinctFrom: [...r.indistinctFrom],
    })),
    localisation: {
      notes,
      untested: [...localisation.untested],
      trace: [...localisation.trace],
    },
    lesionSites: lesionSitesFor(roots),
    concordance,
    differentials,
    workup,
    plan,
    medicationAlerts,
    codes,
    inconsistencies,
    disclaimer: DISCLAIMER,
  };
}

const CONFIDENCE_DOWN = { high: 'moderate', moderate: 'low', low: 'low' } as const;
/** Score factor when another condition explains the picture better (radiculopathy unlikely). */
const MIMIC_SCORE_FACTOR = 0.5;
/** Score factor when a coexisting mimic is likely (radiculopathy only possible). */
const COEXISTING_SCORE_FACTOR = 0.8;

/**
 * Lowers the root scores when a mimic explains the picture better, and the confidence when the input
 * contradicts itself. Order is kept (every score scales alike); triage is untouched.
 */
function adjustRoots(
  roots: readonly RootCall[],
  radicular: string | undefined,
  contradicted: boolean,
  notes: string[],
): RootCall[] {
  const factor =
    radicular === 'unlikely'
      ? MIMIC_SCORE_FACTOR
      : radicular === 'possible' && roots[0]?.basis === 'objective-signs'
        ? COEXISTING_SCORE_FACTOR
        : 1;
  if (factor < 1 && roots.length > 0) {
    notes.push(
      radicular === 'unlikely'
        ? 'Root scores lowered: another condition explains the picture better (see the differentials).'
        : 'Root scores lowered: a coexisting condition may explain part of the picture (see the differentials).',
    );
  }
  if (contradicted && roots.length > 0) {
    notes.push('Confidence lowered: the input contradicts itself (see the inconsistencies).');
  }
  return roots.map((r) => {
    let confidence = r.confidence;
    if (factor === MIMIC_SCORE_FACTOR) confidence = 'low';
    if (contradicted) confidence = CONFIDENCE_DOWN[confidence];
    return factor === 1 && confidence === r.confidence
      ? r
      : { ...r, score: round3(r.score * factor), confidence };
  });
}

/** The presentation with imaging findings of this study only (prior and resolved ones set aside). */
function onlyCurrentImaging(p: Presentation): Presentation {
  if (p.imaging === undefined) return p;
  const imaging = p.imaging.filter((f) => f.temporal === undefined || f.temporal === 'current');
  return imaging.length === p.imaging.length ? p : { ...p, imaging };
}
