// Public surface of src/scores: the instrument registry, `score(instrument, input)`, the per-instrument
// scorers, minimal important change and the escalation rule.
export { SCORE_CITATIONS, KB_GUIDELINE_IDS, scoreReferenceOf } from './citations.js';
export type { ScoreCitationId, ScoreSourceId } from './citations.js';
export type { ScoreResultBase } from './result.js';
export {
  SCORE_INSTRUMENTS,
  SCORE_INSTRUMENT_IDS,
  isScoreInstrumentId,
  assertScoreInstrumentId,
  score,
  describeScoreInstruments,
} from './registry.js';
export type { ScoreResult, ScoreInstrument, ScoreInstrumentId } from './registry.js';
export {
  ODI_SECTIONS,
  ODI_VERSIONS,
  ODI_BANDS,
  OdiInputSchema,
  odiBandOf,
  scoreOdi,
} from './odi.js';
export type { OdiSection, OdiVersion, OdiBand, OdiInput, OdiResult } from './odi.js';
export {
  STARTBACK_ITEMS,
  STARTBACK_PSYCHOSOCIAL,
  STARTBACK_RISKS,
  STARTBACK_RISK_TABLE,
  StartBackInputSchema,
  startBackRiskOf,
  scoreStartBack,
} from './startback.js';
export type { StartBackItem, StartBackRisk, StartBackInput, StartBackResult } from './startback.js';
export {
  NRS_SITES,
  NRS_BANDS,
  NRS_BAND_TABLE,
  NrsInputSchema,
  nrsBandOf,
  scoreNrs,
} from './nrs.js';
export type { NrsSite, NrsBand, NrsInput, NrsResult } from './nrs.js';
export { ZCQ_ITEMS, ZCQ_SATISFIED_AT_OR_BELOW, ZcqInputSchema, scoreZcq } from './zcq.js';
export type { ZcqSubscale, ZcqInput, ZcqResult } from './zcq.js';
export { RMDQ_ITEM_COUNT, RMDQ_RECOVERY_CUT_OFF, RmdqInputSchema, scoreRmdq } from './rmdq.js';
export type { RmdqInput, RmdqResult } from './rmdq.js';
export {
  CHANGE_MEASURES,
  CHANGE_CRITERIA,
  CHANGE_DIRECTIONS,
  MCID_TABLE,
  ChangeInputSchema,
  classifyChange,
  isImportantImprovement,
} from './mcid.js';
export type {
  ChangeMeasure,
  ChangeCriterion,
  ChangeDirection,
  McidRow,
  ChangeInput,
  ChangeResult,
} from './mcid.js';
export {
  REVIEW_AFTER_WEEKS,
  ESCALATION_REASONS,
  ESCALATION_STATUSES,
  EscalationInputSchema,
  checkEscalation,
  describeEscalation,
} from './escalation.js';
export type {
  EscalationReasonCode,
  EscalationStatus,
  EscalationInput,
  EscalationReason,
  EscalationResult,
} from './escalation.js';
