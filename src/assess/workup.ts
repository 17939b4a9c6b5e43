/**
 * Work-up by guideline timing: no routine imaging in the first weeks without red flags (NICE NG59 1.1.4,
 * ACR 2021 variants 1–2); emergency MRI for cauda equina (BMJ Best Practice); blood cultures before
 * antibiotics, CRP/ESR and MRI with contrast today for suspected infection (Darouiche 2006); whole-spine
 * MRI for suspected malignancy; CT for suspected fracture (ACR 2016); MRI after about 6 weeks of failed
 * conservative care when an injection or surgery is being considered (ACR 2021 variant 3); the mimic's
 * own first test when a mimic is likely (ankle-brachial index, knee or hip radiograph, cord imaging,
 * EMG); MRI without gadolinium and no ionising imaging unless essential in pregnancy (ACOG 723); imaging
 * and bloods for a child's red flags (ACR Back Pain – Child).
 */
import { CONSERVATIVE_CARE_WEEKS, moreUrgent, triageRank } from '../vocab/index.js';
import type { TriageLevel } from '../vocab/index.js';
import { concernLevel, hasConcern, hasReason } from '../triage/index.js';
import type { AssessmentCitationId } from '../triage/index.js';
import type { Differential, WorkupItem } from './schema.js';
import type { DifferentialCode } from './messages.js';
import { likelyExcludingMimic } from './differentials.js';
import type { PlanContext } from './plan-messages.js';

/** What the work-up rules read: the assessment so far, as the plan reads it, and the differentials. */
export interface WorkupContext extends PlanContext {
  readonly differentials: readonly Differential[];
}

const WEEKS = CONSERVATIVE_CARE_WEEKS.value;

/** Why each test is asked for: one message per reason key. */
const WORKUP_MESSAGES = {
  'ces-mri':
    'Suspected cauda equina syndrome: emergency MRI of the lumbosacral spine, within hours of the request.',
  'ces-pvr':
    'Bladder scan after voiding: a residual of 200 mL or more makes cauda equina syndrome more likely; a lower value does not exclude it.',
  'infection-bloods': 'Suspected spinal infection: full blood count, CRP and ESR.',
  'infection-cultures':
    'Blood cultures (two sets) before any antibiotic, so the organism can be found.',
  'infection-mri':
    'Suspected spinal infection: MRI with and without contrast of the whole symptomatic region, today when infection is suspected.',
  'infection-mri-pregnant':
    'Suspected spinal infection in pregnancy: MRI today; gadolinium only if the radiologist judges it essential.',
  'malignancy-mri': 'Suspected spinal metastasis: MRI of the whole spine.',
  'malignancy-bloods': 'Suspected malignancy: full blood count, CRP and ESR (and calcium).',
  'fracture-ct':
    'Suspected vertebral fracture: CT of the lumbar spine (MRI as well if there is a neurological deficit).',
  'fracture-mri-pregnant':
    'Suspected vertebral fracture in pregnancy: MRI without gadolinium rather than CT unless CT is essential.',
  'motor-mri': 'Severe or progressive motor deficit: prompt MRI.',
  'umn-mri':
    'Upper motor neuron signs: MRI of the cervical and thoracic spine, where the lesion must be, rather than only the lumbar spine.',
  'child-mri':
    "Red flag in a child: MRI of the spine (no ionising radiation), the first test for a child's persistent or night back pain.",
  'child-bloods': 'Red flag in a child: full blood count, CRP and ESR for infection or a tumour.',
  'persistent-mri': `Radicular symptoms persisting after ${WEEKS} weeks of conservative care: MRI without contrast if an injection or surgery is being considered.`,
  'deficit-mri':
    'Objective root deficit that has not recovered: MRI if it persists or worsens, to plan treatment.',
  'slip-radiographs':
    'Slip on imaging: standing flexion–extension radiographs to look for instability before any surgery.',
  'unclear-emg':
    'The picture is unclear (imaging does not match the root, or a nerve or plexus lesion is possible): EMG and nerve conduction studies.',
  'neuropathy-bloods':
    'Possible peripheral neuropathy: glucose or HbA1c, vitamin B12 and serum protein electrophoresis.',
  'vascular-abi':
    'Walking-related leg pain that may be arterial: ankle-brachial index (with foot pulses) before any lumbar imaging.',
  'aortic-imaging':
    'Possible aortic aneurysm: abdominal examination and aortic imaging today (ultrasound, or CT angiography if it may be leaking).',
  'hip-radiograph': 'Groin or anterior thigh pain: hip examination and a hip radiograph.',
  'knee-radiograph':
    'Pain at the knee with a normal neurological examination: knee examination and a weight-bearing knee radiograph rather than lumbar imaging.',
  'spa-bloods':
    'Possible axial spondyloarthritis: CRP (and HLA-B27), then rheumatology referral; MRI of the sacroiliac joints if rheumatology asks for it.',
  'no-imaging': `No red flags: imaging is not recommended now; reconsider if symptoms persist after ${WEEKS} weeks of conservative care or red flags appear.`,
  'mri-not-possible': 'MRI is not possible (recorded comorbidity): CT myelography instead.',
} as const;
type WorkupMessage = keyof typeof WORKUP_MESSAGES;

/** Lumbar MRI requests that come from a radicular picture rather than a red flag. */
const RADICULAR_MRI: ReadonlySet<WorkupMessage> = new Set(['persistent-mri', 'deficit-mri']);
const IONISING = ['ct-lumbar', 'radiograph-flexion-extension', 'radiograph-hip', 'ct-myelography'];

/**
 * Lists the tests to arrange, most urgent first.
 * @param c - the assessment so far
 */
export function planWorkup(c: WorkupContext): WorkupItem[] {
  const items = new Map<string, WorkupItem>();
  const keys = new Map<string, WorkupMessage>();
  const add = (
    test: string,
    priority: TriageLevel,
    key: WorkupMessage,
    source: AssessmentCitationId,
    prefix = '',
  ): void => {
    const seen = items.get(test);
    // Keep the most urgent request for a test, with its reason.
    if (!seen || triageRank(priority) > triageRank(seen.priority)) {
      items.set(test, { test, priority, reason: `${prefix}${WORKUP_MESSAGES[key]}`, source });
      keys.set(test, key);
    }
  };
  const likely = (code: DifferentialCode): boolean =>
    c.differentials.some((d) => d.code === code && d.likelihood === 'likely');
  const listed = (code: DifferentialCode): boolean =>
    c.differentials.some((d) => d.code === code && d.likelihood !== 'unlikely');
  const imagingGiven = (c.input.imaging ?? []).length > 0;
  const pregnant = c.facts.pregnant;

  if (hasConcern(c.triage, 'cauda-equina')) {
    add('mri-lumbar', 'emergency', 'ces-mri', 'bmj-bp-ces');
    add('post-void-residual', 'emergency', 'ces-pvr', 'bmj-bp-ces');
  }
  if (hasConcern(c.triage, 'infection') || hasReason(c.triage, 'pregnancy-fever')) {
    const p = moreUrgent('urgent', concernLevel(c.triage, 'infection'));
    add('bloods-inflammatory', p, 'infection-bloods', 'finucane-2020-red-flags');
    if (c.facts.flags.has('fever')) {
      add('blood-cultures', p, 'infection-cultures', 'darouiche-2006');
    }
    if (pregnant) add('mri-lumbar', p, 'infection-mri-pregnant', 'acog-723-2017');
    else add('mri-lumbar-with-contrast', p, 'infection-mri', 'darouiche-2006');
  }
  if (hasConcern(c.triage, 'malignancy', 'urgent')) {
    const p = moreUrgent('urgent', concernLevel(c.triage, 'malignancy'));
    add('mri-whole-spine', p, 'malignancy-mri', 'nice-ng234');
    add('bloods-inflammatory', 'urgent', 'malignancy-bloods', 'finucane-2020-red-flags');
  }
  if (hasConcern(c.triage, 'fracture', 'urgent')) {
    if (pregnant) add('mri-lumbar', 'urgent', 'fracture-mri-pregnant', 'acog-723-2017');
    else add('ct-lumbar', 'urgent', 'fracture-ct', 'acr-2016-low-back-pain');
  }
  if (hasConcern(c.triage, 'motor-deficit')) {
    const p =
      hasReason(c.triage, 'progressive-major-motor-loss') || hasReason(c.triage, 'acute-foot-drop')
        ? 'emergency'
        : 'urgent';
    add('mri-lumbar', p, 'motor-mri', 'acp-aps-2007');
  }
  if (hasConcern(c.triage, 'myelopathy')) {
    add(
      'mri-cervical-thoracic',
      moreUrgent('soon', concernLevel(c.triage, 'myelopathy')),
      'umn-mri',
      'davies-2018-myelopathy',
    );
  }
  if (hasReason(c.triage, 'paediatric-red-flag')) {
    add('mri-lumbar', 'urgent', 'child-mri', 'acr-2017-back-pain-child');
    add('bloods-inflammatory', 'urgent', 'child-bloods', 'acr-2017-back-pain-child');
  }
  const failedConservative =
    c.facts.radicularSymptoms && (c.facts.conservativeCareWeeks ?? 0) >= WEEKS;
  if (!imagingGiven && (failedConservative || hasReason(c.triage, 'persistent-radicular-pain'))) {
    add('mri-lumbar', 'soon', 'persistent-mri', 'acr-2021-low-back-pain');
  }
  if (!imagingGiven && hasReason(c.triage, 'objective-deficit')) {
    add('mri-lumbar', 'soon', 'deficit-mri', 'acp-aps-2007');
  }

  const findings = new Set((c.input.imaging ?? []).map((f) => f.finding));
  if (findings.has('spondylolisthesis') || findings.has('retrolisthesis')) {
    add('radiograph-flexion-extension', 'routine', 'slip-radiographs', 'nass-lss-2011');
  }
  const compressive = c.concordance.filter((e) => e.root !== null);
  const unclear =
    (c.roots.length > 0 && compressive.length > 0 && !compressive.some((e) => e.concordant)) ||
    (c.roots.length === 0 && c.facts.objectiveDeficit) ||
    listed('diabetic-amyotrophy') ||
    likely('peroneal-neuropathy') ||
    likely('peripheral-neuropathy');
  if (unclear) {
    add('emg-ncs', c.facts.objectiveDeficit ? 'soon' : 'routine', 'unclear-emg', 'cho-2010');
  }
  if (c.differentials.some((d) => d.code === 'peripheral-neuropathy')) {
    add('bloods-neuropathy', 'routine', 'neuropathy-bloods', 'england-2009');
  }
  if (c.differentials.some((d) => d.code === 'vascular-claudication')) {
    add(
      'ankle-brachial-index',
      likely('vascular-claudication') ? 'soon' : 'routine',
      'vascular-abi',
      'nice-cg147-pad',
    );
  }
  if (hasConcern(c.triage, 'vascular')) {
    add('aortic-imaging', concernLevel(c.triage, 'vascular'), 'aortic-imaging', 'nice-ng156');
  }
  if (c.differentials.some((d) => d.code === 'hip-osteoarthritis')) {
    add('radiograph-hip', 'routine', 'hip-radiograph', 'nice-ng59');
  }
  if (likely('axial-spondyloarthritis')) {
    add('bloods-inflammatory', 'routine', 'spa-bloods', 'nice-ng65');
  }
  if (c.differentials.some((d) => d.code === 'knee-osteoarthritis')) {
    add('radiograph-knee', 'routine', 'knee-radiograph', 'acr-chronic-knee-pain');
  }

  // A mimic that explains the picture better comes first: drop lumbar MRI asked for only on radicular grounds.
  const radicular = c.differentials.find((d) => d.code === 'lumbar-radiculopathy');
  const mriKey = items.has('mri-lumbar') ? keys.get('mri-lumbar') : undefined;
  const mimicFirst =
    radicular?.likelihood === 'unlikely' ||
    (radicular === undefined && likelyExcludingMimic(c.differentials));
  if (mimicFirst && mriKey !== undefined && RADICULAR_MRI.has(mriKey)) {
    items.delete('mri-lumbar');
  }
  if (likely('upper-motor-neuron-lesion') && mriKey !== undefined && RADICULAR_MRI.has(mriKey)) {
    items.delete('mri-lumbar');
  }

  // MRI not possible: CT, or CT myelography for root compression.
  if (c.facts.conditions.has('mri-contraindicated') && !pregnant) {
    for (const test of ['mri-lumbar', 'mri-lumbar-with-contrast', 'mri-whole-spine']) {
      const item = items.get(test);
      if (!item) continue;
      items.delete(test);
      add('ct-myelography', item.priority, 'mri-not-possible', 'acp-aps-2007', '');
      const added = items.get('ct-myelography');
      if (added) {
        items.set('ct-myelography', { ...added, reason: `${added.reason} ${item.reason}` });
      }
    }
  }
  // Pregnancy: no X-ray or CT unless essential (ACOG 723); they wait or become MRI.
  if (pregnant) for (const test of IONISING) items.delete(test);

  if (items.size === 0 && !imagingGiven && triageRank(c.triage.level) <= triageRank('soon')) {
    add('no-imaging-now', 'routine', 'no-imaging', 'acr-2021-low-back-pain');
  }
  return [...items.values()].sort((a, b) => triageRank(b.priority) - triageRank(a.priority));
}
