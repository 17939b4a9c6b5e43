/**
 * The wording of every triage reason, keyed by its closed code. Rules decide; this table speaks. A code
 * without a message is a compile error (the table is a `Record` over `TriageCode`).
 */
import {
  CONSERVATIVE_CARE_WEEKS,
  CHILD_PERSISTENT_PAIN_WEEKS,
  SUBACUTE_WEEKS,
  NSAID_AVOID_FROM_GESTATION_WEEK,
} from '../vocab/index.js';
import type { PresentationFacts } from './facts.js';
import { isLongStanding } from './rules.js';
import type { TriageCode } from './rules.js';

const deficitList = (f: PresentationFacts): string =>
  f.objectiveDeficitDetail.slice(0, 3).join(', ');
const weeks = (f: PresentationFacts): string =>
  f.durationWeeks === undefined ? 'unknown duration' : `${f.durationWeeks} week(s)`;

/** English text for each triage code, from the facts. */
export const TRIAGE_MESSAGES: Readonly<Record<TriageCode, (f: PresentationFacts) => string>> = {
  'ces-saddle-anaesthesia': () =>
    'Saddle (perineal) numbness or sensory loss: suspected cauda equina syndrome. Emergency referral for MRI within hours.',
  'ces-urinary-retention': () =>
    'Difficulty passing urine or retention: suspected cauda equina syndrome. Emergency referral; do not wait for overflow incontinence.',
  'ces-urinary-incontinence': () =>
    'New urinary incontinence with back or leg pain: suspected cauda equina syndrome. Emergency referral.',
  'ces-fecal-incontinence': () =>
    'Faecal incontinence or loss of rectal sensation: suspected cauda equina syndrome. Emergency referral.',
  'ces-sexual-dysfunction': () =>
    'New sexual dysfunction or loss of genital sensation with back or leg pain: a cauda equina feature. Emergency referral.',
  'ces-bilateral-sciatica': (f) =>
    `Leg symptoms on both sides${f.newBilateralSymptoms ? ', new or worsening' : ` (${weeks(f)})`}: bilateral sciatica is a cauda equina red flag. Emergency assessment and MRI.`,
  'ces-bilateral-motor-deficit': () =>
    'Severe or progressive weakness in both legs: a cauda equina feature. Emergency referral.',
  'progressive-major-motor-loss': (f) =>
    `Deteriorating weakness with power MRC ${f.lowestMrcAny ?? '?'}/5: discuss with the on-call spinal surgeon the same day.`,
  'acute-foot-drop': (f) =>
    `Acute foot drop (dorsiflexion MRC ${f.footDropMrc ?? '?'}/5): same-day assessment by the spinal team.`,
  'malignancy-with-deficit': () =>
    'Cancer history or weight loss with a neurological deficit: suspected metastatic spinal cord or cauda equina compression. Same-day MRI of the whole spine.',
  'infection-with-deficit': () =>
    'Fever with a neurological deficit: exclude spinal epidural abscess the same day (MRI with contrast, blood cultures, CRP and ESR).',
  'infection-suspected': (f) =>
    `Fever with spinal pain and ${f.infectionRiskFactors.join(', ')}: suspected spinal infection (epidural abscess, discitis). Same-day assessment; do not wait for a deficit.`,
  'possible-aortic-aneurysm': () =>
    'New back pain with abdominal pain over the age of 60: an aortic aneurysm must be excluded before a spinal cause is assumed (it can mimic renal colic). Same-day assessment with abdominal examination and aortic imaging; emergency transfer if there is collapse, low blood pressure or a pulsatile mass.',
  'symptomatic-aortic-aneurysm': () =>
    'Known aortic aneurysm with new back, abdominal or groin pain: possibly symptomatic or leaking. Emergency referral to the vascular team (CT angiography), not a spinal pathway.',
  'pregnancy-abdominal-pain': (f) =>
    `Lower abdominal pain or cramps in pregnancy${f.gestationWeeks !== undefined ? ` at ${f.gestationWeeks} weeks` : ''}: possible labour, placental abruption or urinary infection. Same-day maternity assessment.`,
  'pregnancy-fever': () =>
    'Fever in pregnancy with back pain: same-day obstetric and medical assessment (pyelonephritis, chorioamnionitis, spinal infection).',
  'major-motor-loss': (f) =>
    `Major motor loss (MRC ${f.lowestMrcAny ?? '?'}/5): urgent specialist assessment and MRI.`,
  'progressive-weakness': () =>
    'Progressive weakness: urgent assessment and MRI; escalate to same day if it is rapid or bilateral.',
  'infection-fever': (f) =>
    `Fever with spinal pain${f.infectionRiskFactors.length > 0 ? ' and a risk factor for infection' : ''}: possible spinal infection. Prompt assessment with temperature, CRP and ESR; same day if unwell.`,
  'infection-risk-iv-drug-use': () =>
    'Intravenous drug use: a risk factor for spinal infection (discitis, epidural abscess).',
  'infection-risk-immunosuppression': () =>
    'Immunosuppression: a risk factor for spinal infection; urgent assessment.',
  'infection-risk-recent-procedure': () =>
    'Recent spinal procedure or injection: consider post-procedural infection, haematoma or recurrence; urgent review.',
  'malignancy-history': () =>
    'Past cancer with new spinal pain: suspected spinal metastasis. Urgent MRI of the whole spine.',
  'malignancy-weight-loss': () =>
    'Unexplained weight loss: exclude malignancy or infection urgently.',
  'fracture-trauma': () => 'Significant trauma: exclude vertebral fracture (CT).',
  'fracture-steroids': () =>
    'Prolonged corticosteroid use: risk of osteoporotic fracture and infection; urgent assessment.',
  'fracture-osteoporosis': () =>
    'Osteoporosis with new back pain in an older or severely painful presentation: exclude a fragility fracture.',
  'paediatric-red-flag': (f) =>
    `Age ${f.age ?? '?'} with ${[
      f.flags.has('night-pain') ? 'night pain' : undefined,
      f.flags.has('fever') || f.flags.has('unexplained-weight-loss')
        ? 'systemic features'
        : undefined,
      f.durationWeeks === undefined
        ? 'pain of unknown duration'
        : f.durationWeeks >= CHILD_PERSISTENT_PAIN_WEEKS.value
          ? `pain for ${f.durationWeeks} weeks`
          : undefined,
      f.objectiveDeficit ? 'a neurological sign' : undefined,
    ]
      .filter((x) => x !== undefined)
      .join(
        ', ',
      )}: a red flag in a child (infection, tumour, spondylolysis). Urgent imaging (MRI) and blood tests.`,
  'myelopathy-signs': () =>
    'Brisk reflexes on both sides: an upper motor neuron (cord) picture that a lumbar root cannot cause. Urgent MRI of the cervical and thoracic spine.',
  'paediatric-back-pain': (f) =>
    `Age ${f.age ?? '?'}: back or leg pain in a child is uncommon and more often has a specific cause; examine carefully and review soon.`,
  osteoporosis: () =>
    'Known osteoporosis: keep a low threshold for imaging if the pain is new or severe.',
  'night-pain': () =>
    'Pain at night or at rest: a weak flag for serious pathology on its own; review and re-check the other red flags.',
  'bilateral-leg-symptoms-not-ces': (f) =>
    `Leg symptoms on both sides that are ${isLongStanding(f) ? `long-standing (${f.durationWeeks ?? '?'} weeks)` : f.neurogenicClaudication ? 'positional (neurogenic claudication)' : 'confined to both feet without weakness'}: cauda equina is suspected when bilateral symptoms are new or worsening with other features; ask about bladder, bowel and saddle sensation at every review.`,
  'upper-motor-neuron-signs': () =>
    'Brisk reflexes are an upper motor neuron sign: look for cord compression above the lumbar roots (gait, sensory level, Babinski).',
  'objective-deficit': (f) =>
    `Objective root deficit (${deficitList(f)})${f.durationWeeks === undefined ? ', duration unknown' : ` persisting at ${f.durationWeeks} weeks`}: specialist review and imaging if it does not recover.`,
  'persistent-radicular-pain': (f) =>
    `Radicular symptoms for ${f.durationWeeks ?? '?'} weeks ${f.conservativeCareWeeks === undefined ? '(conservative care not recorded)' : `despite ${f.conservativeCareWeeks} weeks of conservative care`}: MRI and specialist review if an injection or surgery is being considered.`,
  pregnancy: (f) =>
    `Pregnant${f.gestationWeeks === undefined ? '' : ` (${f.gestationWeeks} weeks)`}: exclude obstetric causes of back and leg pain (labour, abruption, urinary infection); MRI without gadolinium if imaging is needed; no NSAIDs from ${NSAID_AVOID_FROM_GESTATION_WEEK.value} weeks.`,
  'objective-deficit-early': (f) =>
    `Mild root deficit (${deficitList(f)}) at ${weeks(f)}, inside the ${CONSERVATIVE_CARE_WEEKS.value}-week conservative window (weakness from ${SUBACUTE_WEEKS.value} weeks is reviewed sooner): most recover with conservative care; re-examine at follow-up and escalate at once if it worsens.`,
  'no-red-flags': () =>
    'No red flags and no feature that needs early escalation: conservative care first; imaging is not routinely needed.',
  'no-root-localised': () => 'No root is localised.',
};
