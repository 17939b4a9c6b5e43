/**
 * The wording of the assessment's differentials (one message per closed code). Rules in
 * differentials.ts decide; this table speaks.
 */
export const DIFFERENTIAL_CODES = [
  'cauda-equina-syndrome',
  'spinal-infection',
  'spinal-malignancy',
  'vertebral-fracture',
  'obstetric-cause',
  'upper-motor-neuron-lesion',
  'hip-osteoarthritis',
  'knee-osteoarthritis',
  'meralgia-paresthetica',
  'greater-trochanteric-pain-syndrome',
  'peroneal-neuropathy',
  'peripheral-neuropathy',
  'diabetic-amyotrophy',
  'vascular-claudication',
  'lumbar-spinal-stenosis',
  'sacroiliac-joint-pain',
  'piriformis-syndrome',
  'herpes-zoster',
  'non-specific-low-back-pain',
  'abdominal-aortic-aneurysm',
  'pelvic-girdle-pain',
  'spondylolysis',
  'axial-spondyloarthritis',
  'lumbar-radiculopathy',
] as const;
export type DifferentialCode = (typeof DIFFERENTIAL_CODES)[number];

export const DIFFERENTIAL_MESSAGES: Readonly<Record<DifferentialCode, string>> = {
  'cauda-equina-syndrome':
    'Cauda equina syndrome: compression of the lumbosacral roots below the conus; needs emergency MRI and decompression.',
  'spinal-infection':
    'Spinal infection (discitis, vertebral osteomyelitis, epidural abscess): blood cultures before antibiotics, CRP and ESR, MRI with contrast.',
  'spinal-malignancy':
    'Spinal metastasis or other tumour, including metastatic cord or cauda equina compression.',
  'vertebral-fracture':
    'Vertebral (fragility or traumatic) fracture, which can also narrow a foramen.',
  'obstetric-cause':
    'An obstetric or urinary cause in pregnancy (labour, placental abruption, pyelonephritis) or pelvic girdle pain: check these before calling the pain sciatica.',
  'upper-motor-neuron-lesion':
    'Cord compression or another upper motor neuron lesion (cervical or thoracic myelopathy): brisk reflexes do not come from a lumbar root.',
  'hip-osteoarthritis':
    'Hip osteoarthritis or other hip disease: groin and anterior thigh pain, painful reduced internal rotation; a hip radiograph settles it.',
  'knee-osteoarthritis':
    'Knee osteoarthritis: pain at the knee with stiffness and crepitus and a normal neurological examination; a knee radiograph is the first test.',
  'meralgia-paresthetica':
    'Meralgia paresthetica (lateral femoral cutaneous nerve entrapment): purely sensory, lateral thigh only, no weakness or reflex change.',
  'greater-trochanteric-pain-syndrome':
    'Greater trochanteric pain syndrome (gluteal tendinopathy, bursitis): tenderness over the greater trochanter, pain lying on that side.',
  'peroneal-neuropathy':
    'Common peroneal (fibular) neuropathy at the fibular head: weak dorsiflexion and eversion but normal inversion, hip abduction and medial hamstring reflex.',
  'peripheral-neuropathy':
    'Length-dependent peripheral neuropathy (diabetes, alcohol, B12 deficiency): symmetrical distal sensory loss, both ankle jerks reduced; nerve conduction studies help.',
  'diabetic-amyotrophy':
    'Diabetic amyotrophy (lumbosacral radiculoplexus neuropathy): severe thigh pain then proximal weakness and weight loss in diabetes; EMG separates it from an L2–L4 radiculopathy.',
  'vascular-claudication':
    'Arterial (vascular) claudication: calf cramp on walking eased by standing still, cold feet, weak foot pulses; an ankle-brachial index comes before any lumbar imaging.',
  'lumbar-spinal-stenosis':
    'Neurogenic claudication from lumbar spinal stenosis (central or lateral recess), often alongside foraminal narrowing.',
  'sacroiliac-joint-pain':
    'Sacroiliac joint or other referred (somatic) pain: buttock pain that does not follow a dermatome.',
  'herpes-zoster':
    'Herpes zoster (shingles) before the rash: burning or tender skin in one dermatome can precede the rash by days; look for it daily, and start an antiviral within 72 hours of the rash.',
  'piriformis-syndrome':
    'Piriformis (deep gluteal) syndrome: buttock pain made worse by sitting, tender over the sciatic notch, without root signs; stretching and physiotherapy first.',
  'non-specific-low-back-pain':
    'Non-specific (mechanical) low back pain: no root involvement; manage with advice, activity and exercise.',
  'abdominal-aortic-aneurysm':
    'Symptomatic or leaking abdominal aortic aneurysm: back, abdominal or groin pain in someone with an aneurysm; a vascular emergency, not a spinal one.',
  'pelvic-girdle-pain':
    'Pregnancy-related pelvic girdle pain: pain over the sacroiliac joints and buttocks, brought on by walking, standing and turning, without root signs; physiotherapy and a pelvic belt help.',
  spondylolysis:
    'Spondylolysis (a stress fracture of the pars interarticularis): the commonest structural cause of back pain in adolescents, worse on extension; MRI (without radiation) finds it.',
  'axial-spondyloarthritis':
    'Axial spondyloarthritis (inflammatory back pain): onset before 45, morning stiffness, night waking, buttock pain, better with exercise than rest; CRP, HLA-B27 and a rheumatology referral.',
  'lumbar-radiculopathy':
    'Lumbar radiculopathy: a compressed or irritated lumbosacral root, pain and signs in its dermatome and myotome.',
};
