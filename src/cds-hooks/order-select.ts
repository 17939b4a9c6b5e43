/**
 * The `order-select` service for lumbar spine MRI. When the clinician selects a lumbar MRI order, apply
 * the imaging guideline (clinical-rules.md §3.3, ACR 2021 variants 1–4, NICE NG59 1.1.4, ACP/APS 2007):
 * - cauda equina features or another emergency: a critical card, image now;
 * - other red flags: an info card, imaging is appropriate;
 * - no red flags and symptoms under 6 weeks: a warning card suggesting the order be deferred;
 * - no red flags and 6 weeks or more: an info card, MRI is appropriate for a candidate for injection or surgery;
 * - no red flags and no recorded duration: an info card asking for the indication.
 * {@link https://cds-hooks.org/hooks/order-select/ | order-select hook}
 */
import type { Coding, Resource, ServiceRequest } from '@medplum/fhirtypes';
import { assessPresentation } from '../assess/index.js';
import { getKb } from '../kb/index.js';
import type { Kb } from '../kb/index.js';
import { LUMBAR_MRI_CODES } from '../fhir/index.js';
import { cardSource, cardUuid, summaryOf, words } from './cards.js';
import type { ChartReading } from './from-fhir.js';
import { LUMBAR_MRI_SERVICE_ID } from './services.js';
import type { CdsCard } from './types.js';

/** Symptoms younger than this, without red flags, do not call for imaging (ACR 2021, ACP/APS 2007). */
export const IMAGING_WAIT_WEEKS = 6;

const MRI_WORDS = /\b(mri|mr|magnetic resonance)\b/i;
const LUMBAR_WORDS = /\b(lumbar|lumbosacral|l-?spine|ls[- ]spine|low(?:er)? back)\b/i;

/**
 * True when a ServiceRequest orders a lumbar spine MRI, by LOINC/CPT code or by its words.
 * @param request - a draft ServiceRequest
 */
export function isLumbarMriOrder(request: ServiceRequest): boolean {
  const codings: readonly Coding[] = request.code?.coding ?? [];
  if (
    codings.some((c) =>
      LUMBAR_MRI_CODES.some((row) => row.system === c.system && row.code === c.code),
    )
  ) {
    return true;
  }
  const texts = [request.code?.text, ...codings.map((c) => c.display)].filter(
    (t): t is string => typeof t === 'string',
  );
  return texts.some((t) => MRI_WORDS.test(t) && LUMBAR_WORDS.test(t));
}

/** A FHIR resource in the draft orders, as the context delivers it. */
type DraftEntry = { readonly resource?: Resource };

/**
 * The selected draft ServiceRequests (all draft ServiceRequests when the client sent no selections).
 * @param draftOrders - the context's draftOrders Bundle
 * @param selections - the context's selections, e.g. `["ServiceRequest/abc"]`
 */
export function selectedServiceRequests(
  draftOrders: unknown,
  selections: readonly string[] | undefined,
): ServiceRequest[] {
  const rawEntries = (draftOrders as { entry?: unknown } | undefined)?.entry;
  const entries: DraftEntry[] = Array.isArray(rawEntries)
    ? rawEntries.filter((e): e is DraftEntry => typeof e === 'object' && e !== null)
    : [];
  const requests = entries
    .map((e) => e.resource)
    .filter(
      (r): r is ServiceRequest =>
        typeof r === 'object' && r !== null && (r as Resource).resourceType === 'ServiceRequest',
    );
  if (!selections || selections.length === 0) return requests;
  return requests.filter(
    (r) => r.id !== undefined && selections.includes(`ServiceRequest/${r.id}`),
  );
}

/** What the service needs. */
export interface OrderSelectInput {
  readonly hookInstance: string;
  readonly chart: ChartReading;
  readonly orders: readonly ServiceRequest[];
  readonly kb?: Kb;
}

const OVERRIDE_SYSTEM = 'urn:foramen:code-system:mri-override-reason';

/** Reasons a clinician may give for keeping the order (shown when the card is dismissed). */
export const MRI_OVERRIDE_REASONS: readonly {
  readonly system: string;
  readonly code: string;
  readonly display: string;
}[] = [
  {
    system: OVERRIDE_SYSTEM,
    code: 'red-flag-not-recorded',
    display: 'A red flag is present but not recorded in the chart',
  },
  {
    system: OVERRIDE_SYSTEM,
    code: 'symptoms-six-weeks-or-more',
    display: 'Symptoms have lasted 6 weeks or more',
  },
  {
    system: OVERRIDE_SYSTEM,
    code: 'progressive-deficit',
    display: 'Severe or progressive neurological deficit',
  },
  {
    system: OVERRIDE_SYSTEM,
    code: 'injection-or-surgery-planned',
    display: 'Candidate for injection or surgery now',
  },
];

/**
 * The cards for the selected lumbar MRI orders.
 * @param input - the call's hookInstance, what was read from the chart and the selected orders
 * @returns one card per lumbar MRI order; none when no lumbar MRI is selected
 */
export function lumbarMriCards(input: OrderSelectInput): CdsCard[] {
  const kb = input.kb ?? getKb();
  const mriOrders = input.orders.filter(isLumbarMriOrder);
  if (mriOrders.length === 0) return [];
  const a = assessPresentation(input.chart.presentation, { kb, checkMedications: null });
  // Reasons that escalate, decided on the closed concern rather than the reason code.
  const redFlagReasons = a.triage.reasons.filter(
    (r) => r.level !== 'routine' && r.concern !== 'other',
  );
  const weeks = input.chart.presentation.durationWeeks;
  const flags = input.chart.presentation.flags ?? [];
  const flagWords = flags.length > 0 ? flags.map(words) : redFlagReasons.map((r) => words(r.code));
  const chartLines =
    input.chart.recognised.length > 0
      ? ['', '**Read from the chart**', ...input.chart.recognised.map((l) => `- ${l}`)]
      : [];
  return mriOrders.map((order, i): CdsCard => {
    const uuid = cardUuid(input.hookInstance, LUMBAR_MRI_SERVICE_ID, order.id ?? String(i));
    if (input.chart.caudaEquina || a.triage.level === 'emergency') {
      const reason = redFlagReasons[0];
      return {
        uuid,
        summary: summaryOf(
          'Emergency: image now and refer the same day; cauda equina or another emergency feature is recorded',
        ),
        detail: [
          'MRI is appropriate and should not wait: arrange emergency imaging and same-day specialist assessment.',
          ...redFlagReasons.map((r) => `- ${r.text} _(source: ${r.source})_`),
          ...chartLines,
        ].join('\n'),
        indicator: 'critical',
        source: cardSource(
          kb,
          'lumbar-mri-appropriateness',
          input.chart.caudaEquina
            ? 'nice-cks-sciatica'
            : (reason?.source ?? 'acr-2021-low-back-pain'),
        ),
      };
    }
    if (redFlagReasons.length > 0) {
      return {
        uuid,
        summary: summaryOf(
          `Lumbar MRI is appropriate: red flags on the chart (${flagWords.join(', ')})`,
        ),
        detail: [
          'Red flags make imaging appropriate now, whatever the duration (ACR 2021 low back pain criteria).',
          ...redFlagReasons.map((r) => `- **${r.level}**: ${r.text} _(source: ${r.source})_`),
          ...chartLines,
        ].join('\n'),
        indicator: 'info',
        source: cardSource(kb, 'lumbar-mri-appropriateness', 'acr-2021-low-back-pain'),
      };
    }
    if (weeks !== undefined && weeks < IMAGING_WAIT_WEEKS) {
      return {
        uuid,
        summary: summaryOf(
          `Lumbar MRI not recommended yet: no red flags and symptoms for ${formatWeeks(weeks)} (under ${IMAGING_WAIT_WEEKS} weeks)`,
        ),
        detail: [
          `Without red flags, imaging in the first ${IMAGING_WAIT_WEEKS} weeks rarely changes management and finds incidental degeneration. ` +
            'Guidelines advise conservative care first and imaging only if symptoms persist or progress after about 6 weeks, or at once if red flags appear.',
          '- ACR 2021, low back pain variant 1: imaging usually not appropriate _(source: acr-2021-low-back-pain)_',
          '- NICE NG59 1.1.4: do not routinely offer imaging in a non-specialist setting _(source: nice-ng59)_',
          '- ACP/APS 2007: no routine imaging; MRI for persistent radiculopathy in candidates for surgery or injection _(source: acp-aps-2007)_',
          ...chartLines,
        ].join('\n'),
        indicator: 'warning',
        source: cardSource(kb, 'lumbar-mri-appropriateness', 'acr-2021-low-back-pain'),
        suggestions: [
          {
            label: 'Defer the lumbar MRI and review in 6 weeks',
            uuid: cardUuid(
              input.hookInstance,
              LUMBAR_MRI_SERVICE_ID,
              order.id ?? String(i),
              'defer',
            ),
            isRecommended: true,
            actions: [
              {
                type: 'delete',
                description:
                  'Remove the draft lumbar spine MRI order; order it again if symptoms persist after 6 weeks or red flags appear.',
                ...(order.id ? { resourceId: `ServiceRequest/${order.id}` } : {}),
              },
            ],
          },
        ],
        selectionBehavior: 'at-most-one',
        overrideReasons: MRI_OVERRIDE_REASONS.map((r) => ({ ...r })),
      };
    }
    if (weeks !== undefined) {
      return {
        uuid,
        summary: summaryOf(
          `Lumbar MRI is appropriate if the patient is a candidate for injection or surgery (symptoms for ${formatWeeks(weeks)})`,
        ),
        detail: [
          'After 6 weeks or more of persistent or progressive symptoms despite conservative care, non-contrast MRI is usually appropriate ' +
            'for a patient who would have an injection or surgery (ACR 2021 variant 3).',
          '- Order without contrast unless there was previous surgery, infection or tumour is suspected _(source: acr-2021-low-back-pain)_',
          ...chartLines,
        ].join('\n'),
        indicator: 'info',
        source: cardSource(kb, 'lumbar-mri-appropriateness', 'acr-2021-low-back-pain'),
      };
    }
    return {
      uuid,
      summary: summaryOf(
        'Check the indication for this lumbar MRI: no red flags and no symptom duration on the chart',
      ),
      detail: [
        `Imaging is appropriate now for red flags, and after about ${IMAGING_WAIT_WEEKS} weeks of persistent symptoms for a candidate for injection or surgery; ` +
          `before ${IMAGING_WAIT_WEEKS} weeks without red flags it is usually not appropriate.`,
        '- _(sources: acr-2021-low-back-pain, nice-ng59, acp-aps-2007)_',
        ...chartLines,
      ].join('\n'),
      indicator: 'info',
      source: cardSource(kb, 'lumbar-mri-appropriateness', 'acr-2021-low-back-pain'),
    };
  });
}

function formatWeeks(weeks: number): string {
  if (weeks < 1) return `${Math.max(1, Math.round(weeks * 7))} day(s)`;
  return `${Math.round(weeks)} week${Math.round(weeks) === 1 ? '' : 's'}`;
}
