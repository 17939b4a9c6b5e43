// Public surface of src/grading: the registry, `grade(system, input)` and the per-system calculators.
export { RSNA_CLASSES, MAPPING_BASES, rsnaClassOf } from './result.js';
export type { RsnaClass, MappingBasis, GradeResultBase, GradeRow } from './result.js';
export {
  GRADING_SYSTEMS,
  GRADING_SYSTEM_IDS,
  isGradingSystemId,
  assertGradingSystemId,
  grade,
  describeGradingSystems,
} from './registry.js';
export type {
  GradeResult,
  GradingSystem,
  GradingCommandLine,
  GradingSystemId,
  GradingInputField,
  GradingSystemDescription,
} from './registry.js';
export { LEE_DIRECTIONS, LEE_GRADES, LEE_TABLE, LeeInputSchema, gradeLee } from './lee.js';
export type { LeeDirection, LeeGrade, LeeInput, LeeResult } from './lee.js';
export {
  EPIDURAL_FAT_PATTERNS,
  WILDERMUTH_GRADES,
  WILDERMUTH_TABLE,
  WildermuthInputSchema,
  gradeWildermuth,
} from './wildermuth.js';
export type {
  EpiduralFatPattern,
  WildermuthGrade,
  WildermuthInput,
  WildermuthResult,
} from './wildermuth.js';
export {
  PERCENT_BANDS,
  PERCENT_TABLE,
  PercentInputSchema,
  percentBand,
  thirdsBand,
  gradePercent,
} from './percent.js';
export type { PercentBand, PercentInput, PercentResult } from './percent.js';
export {
  HASEGAWA_THRESHOLDS,
  HASEGAWA_GRADES,
  HASEGAWA_TABLE,
  HasegawaInputSchema,
  gradeHasegawa,
} from './hasegawa.js';
export type { HasegawaGrade, HasegawaInput, HasegawaResult } from './hasegawa.js';
export {
  PFIRRMANN_GRADES,
  PFIRRMANN_TABLE,
  DISC_STRUCTURES,
  NUCLEUS_DISTINCTIONS,
  DISC_SIGNALS,
  DISC_HEIGHTS,
  PfirrmannInputSchema,
  gradePfirrmann,
} from './pfirrmann.js';
export type { PfirrmannGrade, PfirrmannInput, PfirrmannResult } from './pfirrmann.js';
export {
  MEYERDING_GRADES,
  MEYERDING_TABLE,
  MEYERDING_MAX_SLIP_PERCENT,
  MeyerdingInputSchema,
  meyerdingGradeOf,
  gradeMeyerding,
} from './meyerding.js';
export type { MeyerdingGrade, MeyerdingInput, MeyerdingResult } from './meyerding.js';
export {
  SCHIZAS_GRADES,
  SCHIZAS_TABLE,
  SAC_CSF,
  ROOTLET_ARRANGEMENTS,
  SchizasInputSchema,
  gradeSchizas,
} from './schizas.js';
export type { SchizasGrade, SchizasInput, SchizasResult } from './schizas.js';
export { MODIC_TYPES, MODIC_TABLE, MARROW_SIGNALS, ModicInputSchema, gradeModic } from './modic.js';
export type { ModicType, ModicInput, ModicResult } from './modic.js';
export {
  DISC_CONTOURS,
  DISC_CONTOUR_TABLE,
  BULGE_CIRCUMFERENCE_PERCENT,
  DiscContourInputSchema,
  gradeDiscContour,
} from './disc-contour.js';
export type { DiscContour, DiscContourInput, DiscContourResult } from './disc-contour.js';
