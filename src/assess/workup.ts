/**
 * Work-up by guideline timing: no routine imaging in the first weeks without red flags (NICE NG59 1.1.4,
 * ACR 2021 variants 1–2); emergency MRI for cauda equina (BMJ Best Practice); MRI with contrast and blood
 * tests for suspected infection or malignancy; CT for suspected fracture (ACR 2016); MRI after about
 * 6 weeks of failed conservative care when an injection or surgery is being considered (ACR 2021
 * variant 3); electrodiagnostics when the picture is unclear (Cho 2010); CT myelography when MRI is not
 * possible; flexion–extension radiographs for suspected instability.
 */
import { moreUrgent, triageRank } from '../vocab/index.js';
import type { TriageLevel } from '../vocab/index.js';
import type { RootCall } from '../localisation/index.js';
import type { PresentationFacts, Triage } from '../triage/index.js';
import type { ConcordanceEntry, Differential, Presentation, WorkupItem } from './schema.js';

/** What the work-up rules read. */
export interface WorkupContext {
  readonly input: Presentation;
  readonly facts: PresentationFacts;
  readonly roots: readonly RootCall[];
  readonly triage: Triage;
  readonly concordance: readonly ConcordanceEntry[];
  readonly differentials: readonly Differential[];
}

const MRI_CONTRAINDICATIONS = [
  'pacemaker',
  'mri-contraindicated',
  'cochlear-implant',
  'metallic-foreign-body',
  'claustrophobia',
];
const CONSERVATIVE_WEEKS = 6;

/**
 * Lists the tests to arrange, most urgent first.
 * @param c - the assessment so far
 */
export function planWorkup(c: WorkupContext): WorkupItem[] {
  const items = new Map<string, WorkupItem>();
  const add = (test: string, priority: TriageLevel, reason: string, source: string): void => {
    const seen = items.get(test);
    // Keep the most urgent request for a test, with its reason.
    if (!seen || triageRank(priority) > triageRank(seen.priority)) {
      items.set(test, { test, priority, reason, source });
    }
  };
  const has = (code: string): boolean => c.triage.reasons.some((r) => r.code === code);
  const startsWith = (prefix: string): boolean =>
    c.triage.reasons.some((r) => r.code.startsWith(prefix));
  const levelOf = (prefix: string): TriageLevel =>
    c.triage.reasons
      .filter((r) => r.code.startsWith(prefix))
      .reduce<TriageLevel>((acc, r) => moreUrgent(acc, r.level), 'routine');
  const imagingGiven = (c.input.imaging ?? []).length > 0;

  if (startsWith('ces-')) {
    add(
      'mri-lumbar',
      'emergency',
      'Suspected cauda equina syndrome: emergency MRI of the lumbosacral spine, within hours of the request.',
      'bmj-bp-ces',
    );
    add(
      'post-void-residual',
      'emergency',
      'Bladder scan after voiding: a residual of 200 mL or more makes cauda equina syndrome more likely; a lower value does not exclude it.',
      'bmj-bp-ces',
    );
  }
  const infection = startsWith('infection-');
  if (infection) {
    const p = moreUrgent('urgent', levelOf('infection-'));
    add(
      'bloods-inflammatory',
      p,
      'Suspected spinal infection: full blood count, CRP and ESR.',
      'community-red-flags-2023',
    );
    if (c.facts.flags.has('fever')) {
      add('blood-cultures', p, 'Fever: blood cultures before any antibiotic.', 'darouiche-2006');
    }
    add(
      'mri-lumbar-with-contrast',
      p,
      'Suspected spinal infection: MRI with and without contrast.',
      'acr-2021-low-back-pain',
    );
  }
  if (startsWith('malignancy-')) {
    add(
      'mri-whole-spine',
      moreUrgent('urgent', levelOf('malignancy-')),
      'Suspected spinal metastasis: MRI of the whole spine.',
      'nice-ng234',
    );
    add(
      'bloods-inflammatory',
      'urgent',
      'Suspected malignancy: full blood count, CRP and ESR (and calcium).',
      'community-red-flags-2023',
    );
  }
  if (has('fracture-trauma') || has('fracture-steroids') || has('fracture-osteoporosis')) {
    add(
      'ct-lumbar',
      'urgent',
      'Suspected vertebral fracture: CT of the lumbar spine (MRI as well if there is a neurological deficit).',
      'acr-2016-low-back-pain',
    );
  }
  if (
    has('major-motor-loss') ||
    has('progressive-weakness') ||
    has('progressive-major-motor-loss') ||
    has('acute-foot-drop')
  ) {
    const p =
      has('progressive-major-motor-loss') || has('acute-foot-drop') ? 'emergency' : 'urgent';
    add('mri-lumbar', p, 'Severe or progressive motor deficit: prompt MRI.', 'acp-aps-2007');
  }
  if (has('upper-motor-neuron-signs')) {
    add(
      'mri-cervical-thoracic',
      'soon',
      'Upper motor neuron signs: image the cord above the lumbar spine.',
      'community-red-flags-2023',
    );
  }
  const failedConservative =
    c.facts.radicularSymptoms && (c.facts.conservativeCareWeeks ?? 0) >= CONSERVATIVE_WEEKS;
  if (!imagingGiven && (failedConservative || has('persistent-radicular-pain'))) {
    add(
      'mri-lumbar',
      'soon',
      `Radicular symptoms persisting after ${CONSERVATIVE_WEEKS} weeks of conservative care: MRI without contrast if an injection or surgery is being considered.`,
      'acr-2021-low-back-pain',
    );
  }
  if (!imagingGiven && has('objective-deficit')) {
    add(
      'mri-lumbar',
      'soon',
      'Objective root deficit that has not recovered: MRI if it persists or worsens, to plan treatment.',
      'acp-aps-2007',
    );
  }

  const findings = new Set((c.input.imaging ?? []).map((f) => f.finding));
  if (findings.has('spondylolisthesis') || findings.has('retrolisthesis')) {
    add(
      'radiograph-flexion-extension',
      'routine',
      'Slip on imaging: standing flexion–extension radiographs to look for instability before any surgery.',
      'nass-lss-2011',
    );
  }
  const compressive = c.concordance.filter((e) => e.root !== null);
  const unclear =
    (c.roots.length > 0 && compressive.length > 0 && !compressive.some((e) => e.concordant)) ||
    (c.roots.length === 0 && c.facts.objectiveDeficit) ||
    c.differentials.some(
      (d) =>
        d.code === 'diabetic-amyotrophy' ||
        (d.likelihood === 'likely' &&
          (d.code === 'peroneal-neuropathy' || d.code === 'peripheral-neuropathy')),
    );
  if (unclear) {
    add(
      'emg-ncs',
      c.facts.objectiveDeficit ? 'soon' : 'routine',
      'The picture is unclear (imaging does not match the root, or a nerve or plexus lesion is possible): EMG and nerve conduction studies.',
      'cho-2010',
    );
  }
  if (c.differentials.some((d) => d.code === 'peripheral-neuropathy')) {
    add(
      'bloods-neuropathy',
      'routine',
      'Possible peripheral neuropathy: glucose or HbA1c, vitamin B12 and serum protein electrophoresis.',
      'england-2009',
    );
  }
  if (c.differentials.some((d) => d.code === 'vascular-claudication')) {
    add(
      'ankle-brachial-index',
      'routine',
      'Walking-related leg pain: ankle-brachial index to exclude arterial claudication.',
      'nass-lss-2011',
    );
  }
  if (c.differentials.some((d) => d.code === 'hip-osteoarthritis')) {
    add(
      'radiograph-hip',
      'routine',
      'Groin or anterior thigh pain: hip examination and a hip radiograph.',
      'nice-ng59',
    );
  }

  // MRI not possible: CT, or CT myelography for root compression.
  if ([...c.facts.comorbidities].some((x) => MRI_CONTRAINDICATIONS.includes(x))) {
    for (const test of ['mri-lumbar', 'mri-lumbar-with-contrast', 'mri-whole-spine']) {
      const item = items.get(test);
      if (!item) continue;
      items.delete(test);
      add(
        'ct-myelography',
        item.priority,
        `MRI is not possible (recorded comorbidity): CT myelography instead. ${item.reason}`,
        'acp-aps-2007',
      );
    }
  }

  if (items.size === 0 && !imagingGiven && triageRank(c.triage.level) <= triageRank('soon')) {
    add(
      'no-imaging-now',
      'routine',
      `No red flags${c.facts.durationWeeks !== undefined && c.facts.durationWeeks < CONSERVATIVE_WEEKS ? ` and under ${CONSERVATIVE_WEEKS} weeks` : ''}: imaging is not recommended now; reconsider if symptoms persist after ${CONSERVATIVE_WEEKS} weeks of conservative care or red flags appear.`,
      'acr-2021-low-back-pain',
    );
  }
  return [...items.values()].sort((a, b) => triageRank(b.priority) - triageRank(a.priority));
}
