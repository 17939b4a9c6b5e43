/**
 * Differential diagnoses a spine clinician would name for the pattern, each a table row with a pure
 * predicate, the pattern that triggered it and a source. Rows never change the triage; they say what else
 * to examine for.
 */
import type { BodyRegion } from '../vocab/index.js';
import type { RootCall } from '../localisation/index.js';
import type { PresentationFacts, Triage } from '../triage/index.js';
import type { Presentation, Differential } from './schema.js';
import type { CitationId } from '../kb/index.js';

/** What the differential rules read. */
export interface DifferentialContext {
  readonly input: Presentation;
  readonly facts: PresentationFacts;
  readonly roots: readonly RootCall[];
  readonly triage: Triage;
}

interface DifferentialRule {
  readonly code: string;
  readonly source: CitationId;
  /** The pattern that makes this worth considering, or undefined when it does not apply. */
  readonly basis: (c: DifferentialContext) => string | undefined;
  /** Whether the pattern makes it likely rather than only worth excluding (default: consider). */
  readonly likely?: (c: DifferentialContext) => boolean;
  readonly text: string;
}

const PARAESTHESIA = new Set(['numbness', 'tingling', 'burning']);
const DISTAL: ReadonlySet<BodyRegion> = new Set([
  'sole',
  'dorsum-foot',
  'great-toe',
  'lateral-foot',
  'heel',
]);
const BELOW_KNEE: ReadonlySet<BodyRegion> = new Set([
  'medial-leg',
  'lateral-leg',
  'posterior-leg',
  'medial-ankle',
  'dorsum-foot',
  'great-toe',
  'lateral-foot',
  'sole',
  'heel',
]);
const VASCULAR_RISK = new Set([
  'peripheral-arterial-disease',
  'peripheral-vascular-disease',
  'pad',
  'smoking',
  'smoker',
  'vascular-disease',
  'coronary-artery-disease',
]);

const symptomIn = (
  c: DifferentialContext,
  regions: readonly BodyRegion[],
  kinds?: ReadonlySet<string>,
): boolean =>
  c.input.symptoms.some(
    (s) => regions.includes(s.region) && (kinds === undefined || kinds.has(s.kind)),
  );
const weak = (c: DifferentialContext, movement: string): boolean =>
  (c.input.exam?.motor ?? []).some((m) => m.movement === movement && m.mrc <= 4);
const testedNormal = (c: DifferentialContext, movement: string): boolean =>
  (c.input.exam?.motor ?? []).some((m) => m.movement === movement && m.mrc === 5);
const hasReason = (c: DifferentialContext, prefix: string): boolean =>
  c.triage.reasons.some((r) => r.code.startsWith(prefix));
const diabetic = (c: DifferentialContext): boolean =>
  c.facts.comorbidities.has('diabetes') || c.facts.comorbidities.has('diabetes-mellitus');
const anyBelowKnee = (c: DifferentialContext): boolean =>
  c.input.symptoms.some((s) => BELOW_KNEE.has(s.region));
const motorOrReflexDeficit = (c: DifferentialContext): boolean =>
  (c.input.exam?.motor ?? []).some((m) => m.mrc <= 4) ||
  (c.input.exam?.reflexes ?? []).some((r) => r.status === 'reduced' || r.status === 'absent');

export const DIFFERENTIAL_RULES: readonly DifferentialRule[] = [
  {
    code: 'cauda-equina-syndrome',
    source: 'bmj-bp-ces',
    basis: (c) => (hasReason(c, 'ces-') ? 'cauda equina features' : undefined),
    text: 'Cauda equina syndrome: compression of the lumbosacral roots below the conus; needs emergency MRI and decompression.',
  },
  {
    code: 'spinal-infection',
    source: 'darouiche-2006',
    basis: (c) =>
      c.facts.flags.has('fever') || hasReason(c, 'infection-risk')
        ? 'fever or a risk factor for infection'
        : undefined,
    text: 'Spinal infection (discitis, vertebral osteomyelitis, epidural abscess): check temperature, inflammatory markers and MRI with contrast.',
  },
  {
    code: 'spinal-malignancy',
    source: 'nice-ng234',
    basis: (c) =>
      c.facts.flags.has('history-of-cancer') || c.facts.flags.has('unexplained-weight-loss')
        ? 'past cancer or unexplained weight loss'
        : undefined,
    text: 'Spinal metastasis or other tumour, including metastatic cord or cauda equina compression.',
  },
  {
    code: 'vertebral-fracture',
    source: 'acr-2021-low-back-pain',
    basis: (c) =>
      hasReason(c, 'fracture-') || c.facts.flags.has('osteoporosis')
        ? 'trauma, osteoporosis or long-term steroids'
        : undefined,
    text: 'Vertebral (fragility or traumatic) fracture, which can also narrow a foramen.',
  },
  {
    code: 'upper-motor-neuron-lesion',
    source: 'community-red-flags-2023',
    basis: (c) => (c.facts.briskReflexes ? 'brisk reflexes' : undefined),
    text: 'Cord compression or another upper motor neuron lesion (thoracic or cervical myelopathy): brisk reflexes do not come from a lumbar root.',
  },
  {
    code: 'hip-osteoarthritis',
    source: 'nice-ng59',
    basis: (c) => {
      if (!symptomIn(c, ['groin', 'anterior-thigh', 'anterior-knee'], new Set(['pain']))) {
        return undefined;
      }
      if (!symptomIn(c, ['groin'])) {
        return c.facts.objectiveDeficit || c.roots.length > 0
          ? undefined
          : 'anterior thigh or knee pain without root signs';
      }
      return c.facts.objectiveDeficit
        ? 'groin pain with an upper lumbar root picture: hip disease often coexists'
        : 'groin pain with no objective root signs';
    },
    text: 'Hip osteoarthritis or other hip disease: groin and anterior thigh pain, painful reduced internal rotation; a hip radiograph settles it.',
  },
  {
    code: 'meralgia-paresthetica',
    source: 'openanesthesia-sensory',
    basis: (c) => {
      const lateralThigh =
        symptomIn(c, ['lateral-thigh'], PARAESTHESIA) ||
        (c.input.exam?.sensory ?? []).some(
          (f) => f.region === 'lateral-thigh' && (f.status === 'reduced' || f.status === 'absent'),
        );
      return lateralThigh && !motorOrReflexDeficit(c) && !anyBelowKnee(c)
        ? 'lateral thigh numbness or burning without weakness or reflex change'
        : undefined;
    },
    text: 'Meralgia paresthetica (lateral femoral cutaneous nerve entrapment): purely sensory, lateral thigh only, no weakness or reflex change.',
  },
  {
    code: 'greater-trochanteric-pain-syndrome',
    source: 'nice-ng59',
    basis: (c) =>
      symptomIn(c, ['lateral-thigh'], new Set(['pain'])) &&
      !c.facts.objectiveDeficit &&
      !anyBelowKnee(c)
        ? 'lateral hip and thigh pain without root signs'
        : undefined,
    text: 'Greater trochanteric pain syndrome (gluteal tendinopathy, bursitis): tenderness over the greater trochanter, pain lying on that side.',
  },
  {
    code: 'peroneal-neuropathy',
    source: 'nsn-medial-hamstring',
    basis: (c) => {
      if (!(
        weak(c, 'ankle-dorsiflexion') ||
        weak(c, 'great-toe-extension') ||
        weak(c, 'foot-eversion')
      )) {
        return undefined;
      }
      const spared = testedNormal(c, 'foot-inversion') || testedNormal(c, 'hip-abduction');
      return spared
        ? 'foot drop with inversion or hip abduction spared: favours a peroneal nerve lesion'
        : 'dorsiflexion or toe-extension weakness: check inversion, hip abduction and the medial hamstring reflex (spared in peroneal palsy)';
    },
    likely: (c) => testedNormal(c, 'foot-inversion') || testedNormal(c, 'hip-abduction'),
    text: 'Common peroneal (fibular) neuropathy at the fibular head: weak dorsiflexion and eversion but normal inversion, hip abduction and medial hamstring reflex.',
  },
  {
    code: 'peripheral-neuropathy',
    source: 'england-2009',
    basis: (c) => {
      const distal = c.input.symptoms.filter(
        (s) => DISTAL.has(s.region) && PARAESTHESIA.has(s.kind),
      );
      const bothFeet =
        distal.some((s) => s.side === 'bilateral') ||
        (distal.some((s) => s.side === 'left') && distal.some((s) => s.side === 'right'));
      if (bothFeet) return 'numbness or tingling in both feet';
      if (diabetic(c) && distal.length > 0) return 'distal sensory symptoms with diabetes';
      const ankles = (c.input.exam?.reflexes ?? []).filter(
        (r) => r.reflex === 'achilles' && (r.status === 'reduced' || r.status === 'absent'),
      );
      if (
        ankles.some((r) => r.side === 'bilateral') ||
        (ankles.some((r) => r.side === 'left') && ankles.some((r) => r.side === 'right'))
      ) {
        return 'both ankle jerks reduced or absent';
      }
      return undefined;
    },
    likely: (c) => c.facts.stockingPattern,
    text: 'Length-dependent peripheral neuropathy (diabetes, alcohol, B12 deficiency): symmetrical distal sensory loss, both ankle jerks reduced; nerve conduction studies help.',
  },
  {
    code: 'diabetic-amyotrophy',
    source: 'harrison-radiculopathy',
    basis: (c) =>
      diabetic(c) &&
      (symptomIn(c, ['anterior-thigh', 'medial-thigh', 'groin']) ||
        weak(c, 'hip-flexion') ||
        weak(c, 'knee-extension'))
        ? 'diabetes with thigh pain or proximal weakness'
        : undefined,
    text: 'Diabetic amyotrophy (lumbosacral radiculoplexus neuropathy): severe thigh pain then proximal weakness and weight loss in diabetes; EMG separates it from an L2–L4 radiculopathy.',
  },
  {
    code: 'vascular-claudication',
    source: 'nass-lss-2011',
    basis: (c) => {
      if (!c.facts.aggravators.has('walking')) return undefined;
      const restOnly =
        c.facts.relievers.has('rest') &&
        !c.facts.relievers.has('sitting') &&
        !c.facts.relievers.has('flexion');
      const risk = [...c.facts.comorbidities].some((x) => VASCULAR_RISK.has(x)) || diabetic(c);
      if (restOnly) return 'walking pain eased by standing still';
      if (risk) return 'walking-related leg pain with vascular risk factors';
      if ((c.facts.age ?? 0) >= 50) return 'walking-related leg pain over 50: check pulses';
      return undefined;
    },
    text: 'Vascular (arterial) claudication: calf pain on walking relieved by standing still, weak foot pulses; an ankle-brachial index separates it from neurogenic claudication.',
  },
  {
    code: 'lumbar-spinal-stenosis',
    source: 'nass-lss-2011',
    basis: (c) =>
      c.facts.neurogenicClaudication
        ? 'leg symptoms on walking or standing, relieved by sitting or bending forward'
        : undefined,
    text: 'Neurogenic claudication from lumbar spinal stenosis (central or lateral recess), often alongside foraminal narrowing.',
  },
  {
    code: 'sacroiliac-joint-pain',
    source: 'nice-ng59',
    basis: (c) =>
      symptomIn(c, ['buttock'], new Set(['pain'])) &&
      !c.facts.legSymptoms &&
      !c.facts.objectiveDeficit
        ? 'buttock pain without leg symptoms or root signs'
        : undefined,
    text: 'Sacroiliac joint or other referred (somatic) pain: buttock pain that does not follow a dermatome.',
  },
  {
    code: 'non-specific-low-back-pain',
    source: 'nice-ng59',
    basis: (c) =>
      c.roots.length === 0 &&
      c.input.symptoms.length > 0 &&
      c.input.symptoms.every((s) => s.region === 'low-back')
        ? 'back pain only, no root signs'
        : undefined,
    text: 'Non-specific (mechanical) low back pain: no root involvement; manage with advice, activity and exercise.',
  },
];

/**
 * Lists the differentials that fit the pattern.
 * @param context - the presentation, its facts, the roots and the triage
 */
export function listDifferentials(context: DifferentialContext): Differential[] {
  const out: Differential[] = [];
  for (const rule of DIFFERENTIAL_RULES) {
    const basis = rule.basis(context);
    if (basis !== undefined) {
      out.push({
        code: rule.code,
        text: rule.text,
        source: rule.source,
        basis,
        likelihood: rule.likely?.(context) === true ? 'likely' : 'consider',
      });
    }
  }
  return out;
}
