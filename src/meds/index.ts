// Public surface of src/meds: the medication regimen checker (issue 5).
export { checkMedications } from './check.js';
export type { CheckedDrug, DrugTotalResult, MedsCheckResult } from './check.js';
export {
  MedsInputSchema,
  MedsPatientSchema,
  MedsDrugSchema,
  DoseSchema,
  DoseUnitSchema,
  FrequencySchema,
  StrengthSchema,
} from './input.js';
export type {
  MedsInput,
  MedsPatientInput,
  MedsDrugInput,
  MedsPatient,
  MedsDrug,
  ParsedMedsInput,
} from './input.js';
export { ALERT_CODES, ALERT_CODE_LIST, SEVERITY_RANK } from './alerts.js';
export type { AlertCode, MedsAlert } from './alerts.js';
export { parseFrequency } from './frequency.js';
export type { Frequency } from './frequency.js';
export {
  parseDoseText,
  parseStrength,
  normaliseUnit,
  DOSE_UNITS as MEDS_DOSE_UNITS,
} from './dose.js';
export type { DoseAmount, DoseUnit as MedsDoseUnit, Strength } from './dose.js';
export { recogniseDrug, normaliseDrugName } from './recognise.js';
export { editDistance } from '../edit-distance.js';
export type { Recognised, Unrecognised, MatchKind } from './recognise.js';
export { COMORBIDITIES, COMORBIDITY_ALIASES, recogniseComorbidity } from './comorbidities.js';
export type { Comorbidity } from './comorbidities.js';
export { DRUG_GROUPS, GROUP_IDS } from './groups.js';
export type { GroupId } from './groups.js';
export { DUPLICATE_RULES, INTERACTION_RULES } from './combination-rules.js';
export type { CombinationRule } from './combination-rules.js';
export { CAUTION_RULES } from './caution-rules.js';
export type { CautionRule } from './caution-rules.js';
export {
  REVIEW_THRESHOLDS,
  SPECIAL_MAXIMUM_READINGS,
  EXTRA_LIMITS,
  WEIGHT_BASED_LIMITS,
  MME_FACTORS,
  MME_THRESHOLD,
} from './limit-rules.js';
export { INDICATION_CEILINGS, indicationCeiling } from './indication-limits.js';
export type { IndicationCeiling } from './indication-limits.js';
