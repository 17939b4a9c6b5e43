/**
 * The `patient-view` service: when a chart opens, turn the patient's lumbar spine problems and red flags
 * into at most three cards: triage, red flags, next step. A chart with no lumbar problem gets no cards, so the service stays quiet for everyone it is not about.
 * {@link https://cds-hooks.org/hooks/patient-view/ | patient-view hook}
 */
import { assessPresentation } from '../assess/index.js';
import type { Assessment } from '../assess/index.js';
import { getKb } from '../kb/index.js';
import type { Kb } from '../kb/index.js';
import { DISCLAIMER } from '../vocab/index.js';
import { cardSource, cardUuid, indicatorFor, summaryOf, words } from './cards.js';
import type { ChartReading } from './from-fhir.js';
import { PATIENT_VIEW_SERVICE_ID } from './services.js';
import type { CdsCard, CdsLink } from './types.js';

/** What the service needs besides the chart. */
export interface PatientViewInput {
  readonly hookInstance: string;
  readonly chart: ChartReading;
  /** Absolute base URL of this service's web app, for links (omitted: no links). */
  readonly appUrl?: string;
  readonly kb?: Kb;
}

// The CKS sciatica topic carries the 2018 cauda equina update and is the primary page for it.
const CES_SOURCE = 'nice-cks-sciatica';

function triageCard(input: PatientViewInput, a: Assessment, kb: Kb): CdsCard {
  const level = input.chart.caudaEquina ? 'emergency' : a.triage.level;
  const reasons = a.triage.reasons.filter((r) => r.code !== 'no-root-localised');
  const top = reasons[0];
  const summary = input.chart.caudaEquina
    ? 'Cauda equina syndrome is recorded: check bladder, bowel and saddle sensation now'
    : `Lumbar spine problem: triage ${level}${top ? `, ${top.text.charAt(0).toLowerCase()}${top.text.slice(1)}` : ''}`;
  const detail = [
    '**Why**',
    ...(input.chart.caudaEquina
      ? [
          '- An active cauda equina syndrome is on the problem list; new or worse sphincter or saddle symptoms need emergency assessment.',
        ]
      : []),
    ...reasons.map((r) => `- ${r.text} _(source: ${r.source})_`),
    ...(reasons.length === 0 && !input.chart.caudaEquina
      ? ['- No red flag is recorded for this patient.']
      : []),
    '',
    '**Read from the chart**',
    ...input.chart.recognised.map((line) => `- ${line}`),
    '',
    `_${DISCLAIMER}_`,
  ].join('\n');
  return {
    uuid: cardUuid(input.hookInstance, PATIENT_VIEW_SERVICE_ID, 'triage'),
    summary: summaryOf(summary),
    detail,
    indicator: indicatorFor(level),
    source: cardSource(
      kb,
      'lumbar-triage',
      input.chart.caudaEquina ? CES_SOURCE : (top?.source ?? 'nice-ng59'),
    ),
    ...links(input),
  };
}

function redFlagCard(input: PatientViewInput, a: Assessment, kb: Kb): CdsCard | undefined {
  const flags = input.chart.presentation.flags ?? [];
  if (flags.length === 0) return undefined;
  const flagReasons = a.triage.reasons.filter(
    (r) => r.level !== 'routine' && r.code !== 'no-root-localised',
  );
  return {
    uuid: cardUuid(input.hookInstance, PATIENT_VIEW_SERVICE_ID, 'red-flags'),
    summary: summaryOf(
      `Red flag${flags.length > 1 ? 's' : ''} on the chart: ${flags.map(words).join(', ')}`,
    ),
    detail: [
      'Red flags raise the chance of a serious cause (cancer, infection, fracture, cauda equina syndrome) and change the urgency of imaging and referral.',
      '',
      ...flagReasons.map((r) => `- **${r.level}**: ${r.text} _(source: ${r.source})_`),
    ].join('\n'),
    indicator: indicatorFor(a.triage.level),
    source: cardSource(kb, 'lumbar-red-flags', flagReasons[0]?.source ?? 'nice-ng59'),
  };
}

function nextStepCard(input: PatientViewInput, a: Assessment, kb: Kb): CdsCard {
  const step = a.plan.steps[0];
  const tests = a.workup.map(
    (w) => `- ${words(w.test)} (${w.priority}): ${w.reason} _(source: ${w.source})_`,
  );
  return {
    uuid: cardUuid(input.hookInstance, PATIENT_VIEW_SERVICE_ID, 'next-step'),
    summary: summaryOf(
      `Next step (${words(a.plan.stage)}): ${step ? step.text : 'review the plan'}`,
    ),
    detail: [
      '**Plan**',
      ...a.plan.steps
        .slice(0, 5)
        .map((s) => `- ${s.text}${s.timing ? ` (${s.timing})` : ''} _(source: ${s.source})_`),
      ...(tests.length > 0 ? ['', '**Work-up**', ...tests] : []),
    ].join('\n'),
    indicator: 'info',
    source: cardSource(kb, 'lumbar-next-step', step?.source ?? 'nice-ng59'),
    ...links(input),
  };
}

function links(input: PatientViewInput): { links?: CdsLink[] } {
  if (!input.appUrl) return {};
  return {
    links: [
      {
        label: 'Open the Foramen assessment',
        url: `${input.appUrl.replace(/\/$/, '')}/assess.html`,
        type: 'absolute',
      },
    ],
  };
}

/**
 * The patient-view cards for a chart.
 * @param input - the call's hookInstance, what was read from the chart, and the app URL for links
 * @returns triage, red-flag and next-step cards, or none when the chart is not about the lumbar spine
 */
export function patientViewCards(input: PatientViewInput): CdsCard[] {
  const kb = input.kb ?? getKb();
  // Red flags alone (a cancer history, say) are not Foramen's business without a lumbar problem.
  if (!input.chart.lumbarProblem) return [];
  const a = assessPresentation(input.chart.presentation, { kb, checkMedications: null });
  return [triageCard(input, a, kb), redFlagCard(input, a, kb), nextStepCard(input, a, kb)].filter(
    (c): c is CdsCard => c !== undefined,
  );
}
