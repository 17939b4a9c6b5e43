/**
 * `assess()`: a patient presentation in, a cited assessment out. Composes the rules in dependency order,
 * the way ISNCSCI's classify(exam) does: localise roots → derive facts → triage → lesion sites →
 * imaging concordance → differentials → work-up → plan → medication alerts → codes.
 */
import { DISCLAIMER } from '../vocab/index.js';
import { parseInput } from '../errors.js';
import { getKb } from '../kb/index.js';
import type { Kb } from '../kb/index.js';
import { localiseRoots } from '../localisation/index.js';
import { derivePresentationFacts, triageRedFlags } from '../triage/index.js';
import type { Triage } from '../triage/index.js';
import { selectCodes } from '../codes/index.js';
import { PresentationSchema } from './schema.js';
import type { Assessment, Presentation } from './schema.js';
import { checkConcordance, lesionSitesFor, probableRoots } from './concordance.js';
import { listDifferentials } from './differentials.js';
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
  const p = parseInput(PresentationSchema, input, 'input');
  // parse-report findings of an earlier study or retracted ones (`temporal` prior/resolved) never feed
  // the assessment: only this study's findings do.
  const imaging = p.imaging?.filter((f) => f.temporal === undefined || f.temporal === 'current');
  return assessPresentation(imaging === undefined ? p : { ...p, imaging }, deps);
}

/**
 * Assesses an already validated presentation. Pure apart from the injected dependencies.
 * @param p - a presentation that passed `PresentationSchema`
 * @param deps - knowledge base and medication checker to use
 */
export function assessPresentation(p: Presentation, deps: AssessDeps = {}): Assessment {
  const kb = deps.kb ?? getKb();
  const localisation = localiseRoots(p);
  const roots = localisation.roots;
  const facts = derivePresentationFacts(p, { rootLocalised: roots.length > 0 });
  const flagged = triageRedFlags(facts);
  const triage: Triage =
    roots.length > 0
      ? flagged
      : {
          level: flagged.level,
          reasons: [
            ...flagged.reasons,
            {
              code: 'no-root-localised',
              level: 'routine',
              text: localisation.notes[0] ?? 'No root is localised.',
              source: 'suri-2011',
              sources: ['suri-2011', 'harrison-radiculopathy'],
            },
          ],
        };
  const imaging = p.imaging ?? [];
  const concordance = checkConcordance(imaging, roots);
  const differentials = listDifferentials({ input: p, facts, roots, triage });
  const workup = planWorkup({ input: p, facts, roots, triage, concordance, differentials });
  const plan = buildPlan({ input: p, facts, roots, triage, concordance }, kb);
  const checker =
    deps.checkMedications === null
      ? undefined
      : (deps.checkMedications ?? defaultMedicationChecker());
  const medicationAlerts = checkPresentationMedications(p, checker);
  const concordantFindings = concordance
    .filter((c) => c.concordant)
    .map((c) => imaging[c.imagingIndex])
    .filter((f): f is NonNullable<typeof f> => f !== undefined);
  const codes = selectCodes({
    caudaEquina: triage.reasons.some((r) => r.code.startsWith('ces-')),
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
    roots: roots.map((r) => ({
      ...r,
      evidence: r.evidence.map((e) => ({ ...e, sources: [...e.sources] })),
      indistinctFrom: [...r.indistinctFrom],
    })),
    localisation: {
      notes: [...localisation.notes],
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
    disclaimer: DISCLAIMER,
  };
}
