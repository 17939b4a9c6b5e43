/**
 * Medication alerts for an assessment, from the medication checker (src/meds). The checker is a
 * dependency with src/meds as the default, so tests can inject their own.
 */
import { checkMedications } from '../meds/index.js';
import { InputError, isInputError } from '../errors.js';
import type { AlertSeverity } from '../vocab/index.js';
import type { AssessmentMedicationAlert, Presentation } from './schema.js';
import type { PresentationFacts } from '../triage/index.js';

/** The medication checker's input (`foramen meds`). */
export interface MedicationCheckInput {
  readonly patient: {
    readonly age?: number;
    readonly sex?: string;
    readonly comorbidities?: readonly string[];
    readonly pregnant?: boolean;
    readonly pregnancyWeeks?: number;
    readonly weightKg?: number;
    readonly eGFR?: number;
  };
  readonly drugs: readonly Record<string, unknown>[];
}

/** The part of the checker's output the assessment uses. */
export interface MedicationCheckResult {
  readonly alerts: readonly {
    readonly severity: AlertSeverity;
    readonly code: string;
    readonly text: string;
    readonly drugs?: readonly string[];
    readonly source?: string;
  }[];
}

export type MedicationChecker = (input: MedicationCheckInput) => MedicationCheckResult;

/** The checker of src/meds (`foramen meds`), used unless a test injects another. */
export function defaultMedicationChecker(): MedicationChecker {
  return (input) => checkMedications(input);
}

/** Maps a checker path (`drugs[0].doseMg`, `patient.age`) back to the assessment input. */
function mapPath(path: string): string {
  if (path.startsWith('drugs')) return `medications${path.slice('drugs'.length)}`;
  if (path === 'patient.pregnancyWeeks') return 'gestationWeeks';
  if (path.startsWith('patient.')) return path.slice('patient.'.length);
  return path;
}

/**
 * Runs the medication checker over the presentation's medicines.
 * @param input - the validated presentation
 * @param checker - the checker to use (undefined: none available)
 */
export function checkPresentationMedications(
  input: Presentation,
  checker: MedicationChecker | undefined,
  facts?: Pick<PresentationFacts, 'pregnant'>,
): AssessmentMedicationAlert[] {
  const drugs = input.medications ?? [];
  if (drugs.length === 0) return [];
  if (!checker) {
    return [
      {
        severity: 'info',
        code: 'check-unavailable',
        text: 'The medication checker is not available in this build; the medicines were not checked.',
        drugs: drugs.map((d) => d.drug),
      },
    ];
  }
  // The checker recognises its own comorbidities and reports the others back as not used.
  const comorbidities = input.comorbidities ?? [];
  const patient = {
    ...(input.age !== undefined ? { age: input.age } : {}),
    ...(input.sex !== undefined ? { sex: input.sex } : {}),
    ...(comorbidities.length > 0 ? { comorbidities: [...comorbidities] } : {}),
    // The same patient context the plan uses, so the checker and the plan agree.
    ...(facts?.pregnant === true || input.pregnant !== undefined
      ? { pregnant: facts?.pregnant ?? input.pregnant === true }
      : {}),
    ...(input.gestationWeeks !== undefined ? { pregnancyWeeks: input.gestationWeeks } : {}),
    ...(input.weightKg !== undefined ? { weightKg: input.weightKg } : {}),
    ...(input.eGFR !== undefined ? { eGFR: input.eGFR } : {}),
  };
  try {
    const result = checker({ patient, drugs: drugs.map((d) => ({ ...d })) });
    return result.alerts.map((a) => ({
      severity: a.severity,
      code: a.code,
      text: a.text,
      ...(a.drugs ? { drugs: [...a.drugs] } : {}),
      ...(a.source ? { source: a.source } : {}),
    }));
  } catch (error) {
    if (isInputError(error)) {
      throw new InputError(error.code, mapPath(error.path), error.message, { cause: error });
    }
    throw error;
  }
}
