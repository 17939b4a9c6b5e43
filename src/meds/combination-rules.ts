/**
 * Rules about medicines taken together: duplicate therapy (two NSAIDs, acetaminophen in several products,
 * two gabapentinoids...) and interactions (serotonin syndrome, breathing, bleeding, kidney injury, raised
 * levels, enzyme effects). Each row names groups (groups.ts) that different medicines must fill, a severity,
 * a text template and its sources. Rows sharing a `topic` are read in order and a pair of medicines already
 * alerted under that topic is not alerted again by a broader row.
 */
import type { AlertSeverity } from '../vocab/index.js';
import type { GroupId } from './groups.js';
import type { Condition } from './patient.js';

/** What an interaction is about; a later, broader row skips pairs an earlier row of the same topic covered. */
export type InteractionTopic =
  'serotonin-seizure' | 'breathing' | 'bleeding' | 'kidney' | 'levels' | 'cyp' | 'duplicate';

/** A rule about several medicines at once. */
export interface CombinationRule {
  readonly id: string;
  readonly code: 'interaction' | 'duplicate-class';
  /** Groups each filled by a different medicine; a single group needs `min` different medicines. */
  readonly groups: readonly GroupId[];
  /** For one-group rules: how many different medicines (or product lines, with `countLines`) it takes. */
  readonly min?: number;
  /** Count product lines rather than medicines (acetaminophen in several products). */
  readonly countLines?: boolean;
  /** Ids a one-group rule ignores (covered by a more specific row). */
  readonly exceptDrugs?: readonly string[];
  readonly severity: AlertSeverity;
  /** A higher severity when the patient has a risk factor; `because` is appended to the text. */
  readonly escalate?: readonly {
    readonly when: Condition;
    readonly severity: AlertSeverity;
    readonly because: string;
  }[];
  readonly topic: InteractionTopic;
  /** Text with `{a}`, `{b}`, `{c}` (the medicines filling each group) or `{drugs}` (one-group rules). */
  readonly text: string;
  readonly sources: readonly string[];
}

/** Duplicate therapy. */
export const DUPLICATE_RULES: readonly CombinationRule[] = [
  {
    id: 'duplicate-nsaid',
    code: 'duplicate-class',
    groups: ['nsaid'],
    min: 2,
    severity: 'critical',
    topic: 'duplicate',
    text: 'Two or more NSAIDs ({drugs}) are listed. Taking them together adds stomach-bleeding and kidney risk without adding pain relief; keep one.',
    sources: ['rx-label-ibuprofen-rx', 'rx-beers-2023'],
  },
  {
    id: 'duplicate-topical-and-oral-nsaid',
    code: 'duplicate-class',
    groups: ['topical-nsaid', 'nsaid'],
    severity: 'warning',
    topic: 'duplicate',
    text: 'A topical NSAID ({a}) is listed with an oral or injected NSAID ({b}). The gel label advises against combining them because side effects add up.',
    sources: ['rx-label-diclofenac-gel'],
  },
  {
    id: 'duplicate-acetaminophen',
    code: 'duplicate-class',
    groups: ['acetaminophen'],
    min: 2,
    countLines: true,
    severity: 'warning',
    topic: 'duplicate',
    text: 'Acetaminophen is in more than one product ({drugs}). The amounts have been added together; the total from all products must stay within the daily limit.',
    sources: ['rx-label-acetaminophen', 'rx-fda-acetaminophen-325-2011'],
  },
  {
    id: 'duplicate-gabapentinoid',
    code: 'duplicate-class',
    groups: ['gabapentinoid'],
    min: 2,
    severity: 'warning',
    topic: 'duplicate',
    text: 'Gabapentin and pregabalin work the same way ({drugs}); together they add drowsiness, dizziness and breathing risk. Use one.',
    sources: ['rx-fda-gabapentinoids-2019', 'rx-label-pregabalin'],
  },
  {
    id: 'duplicate-opioid',
    code: 'duplicate-class',
    groups: ['opioid'],
    min: 2,
    severity: 'warning',
    topic: 'duplicate',
    text: 'More than one opioid is listed ({drugs}). Check this is intended (for example a long-acting opioid with a short-acting one for breakthrough pain) and add up the total dose.',
    sources: ['rx-cdc-opioids-2022'],
  },
  {
    id: 'duplicate-muscle-relaxant',
    code: 'duplicate-class',
    groups: ['muscle-relaxant'],
    min: 2,
    severity: 'warning',
    topic: 'duplicate',
    text: 'More than one muscle relaxant is listed ({drugs}); their sedation adds up with no extra benefit. Keep one.',
    sources: ['rx-txvdp-muscle-relaxants', 'rx-beers-2023'],
  },
  {
    id: 'duplicate-benzodiazepine',
    code: 'duplicate-class',
    groups: ['benzodiazepine-or-z-drug'],
    min: 2,
    severity: 'warning',
    topic: 'duplicate',
    text: 'More than one benzodiazepine or sleeping pill is listed ({drugs}); sedation, falls and dependence risk add up.',
    sources: ['rx-label-clonazepam', 'rx-beers-2023'],
  },
  {
    id: 'duplicate-snri',
    code: 'duplicate-class',
    groups: ['snri'],
    min: 2,
    severity: 'warning',
    topic: 'duplicate',
    text: 'Two SNRI antidepressants are listed ({drugs}); they are not used together.',
    sources: ['rx-label-duloxetine', 'rx-label-venlafaxine'],
  },
  {
    id: 'duplicate-ssri',
    code: 'duplicate-class',
    groups: ['ssri'],
    min: 2,
    severity: 'warning',
    topic: 'duplicate',
    text: 'Two SSRI antidepressants are listed ({drugs}); they are not used together.',
    sources: ['meds-label-sertraline', 'meds-boyer-2005-serotonin-syndrome'],
  },
  {
    id: 'duplicate-tricyclic',
    code: 'duplicate-class',
    groups: ['tricyclic'],
    min: 2,
    severity: 'warning',
    topic: 'duplicate',
    text: 'Two tricyclic antidepressants are listed ({drugs}); anticholinergic and heart-rhythm effects add up.',
    sources: ['rx-label-amitriptyline', 'rx-label-nortriptyline'],
  },
  {
    id: 'duplicate-anticoagulant',
    code: 'duplicate-class',
    groups: ['anticoagulant'],
    min: 2,
    severity: 'critical',
    topic: 'duplicate',
    text: 'Two anticoagulants are listed ({drugs}). Apart from a planned switch-over, taking them together carries a high risk of serious bleeding.',
    sources: ['meds-label-warfarin', 'meds-label-apixaban'],
  },
  {
    id: 'duplicate-systemic-corticosteroid',
    code: 'duplicate-class',
    groups: ['systemic-corticosteroid'],
    min: 2,
    severity: 'warning',
    topic: 'duplicate',
    text: 'More than one oral or injected corticosteroid is listed ({drugs}); their effects on blood sugar, mood and bone add up.',
    sources: ['rx-label-prednisone'],
  },
  {
    id: 'duplicate-ace-inhibitor-and-arb',
    code: 'duplicate-class',
    groups: ['ace-inhibitor', 'arb'],
    severity: 'warning',
    topic: 'duplicate',
    text: 'An ACE inhibitor ({a}) and an ARB ({b}) are listed together: dual blockade raises the risk of low blood pressure, high potassium and kidney injury.',
    sources: ['meds-label-lisinopril', 'meds-label-losartan'],
  },
  {
    id: 'duplicate-triptan',
    code: 'duplicate-class',
    groups: ['triptan'],
    min: 2,
    severity: 'warning',
    topic: 'duplicate',
    text: 'Two triptans are listed ({drugs}); the labels say not to take different triptans within 24 hours of each other.',
    sources: ['meds-label-sumatriptan', 'meds-label-rizatriptan'],
  },
];

/** Interactions, most specific first within each topic. */
export const INTERACTION_RULES: readonly CombinationRule[] = [
  // Serotonin syndrome.
  {
    id: 'interaction-maoi-serotonergic',
    code: 'interaction',
    groups: ['maoi', 'serotonergic'],
    severity: 'critical',
    topic: 'serotonin-seizure',
    text: '{a} with {b}: contraindicated. An MAO inhibitor with another serotonergic drug can cause serotonin syndrome (fever, agitation, muscle rigidity, seizures), which can be fatal; allow 14 days between them.',
    sources: [
      'meds-boyer-2005-serotonin-syndrome',
      'meds-label-phenelzine',
      'meds-label-linezolid',
      'rx-label-tramadol',
    ],
  },
  {
    id: 'interaction-tramadol-serotonergic',
    code: 'interaction',
    groups: ['tramadol-or-tapentadol', 'serotonergic'],
    severity: 'warning',
    topic: 'serotonin-seizure',
    text: '{a} with {b}: risk of serotonin syndrome (agitation, sweating, tremor, muscle jerks, fever). Tramadol also lowers the seizure threshold, more so with SSRIs, SNRIs, tricyclics and cyclobenzaprine. Use the lowest doses and watch for these signs, or choose a non-serotonergic option.',
    sources: ['rx-label-tramadol', 'rx-label-tapentadol', 'meds-boyer-2005-serotonin-syndrome'],
  },
  {
    id: 'interaction-serotonergic-antidepressant',
    code: 'interaction',
    groups: ['serotonergic-antidepressant', 'serotonergic'],
    severity: 'warning',
    topic: 'serotonin-seizure',
    text: '{a} with {b}: two serotonergic drugs together raise the risk of serotonin syndrome; start low and watch for agitation, tremor, sweating or muscle jerks.',
    sources: ['meds-boyer-2005-serotonin-syndrome', 'rx-label-duloxetine'],
  },
  // Seizures.
  {
    id: 'interaction-tramadol-seizure-threshold',
    code: 'interaction',
    groups: ['tramadol', 'lowers-seizure-threshold'],
    severity: 'warning',
    topic: 'serotonin-seizure',
    text: 'Tramadol with {b}: both lower the seizure threshold, so seizures become more likely.',
    sources: ['rx-label-tramadol', 'meds-label-bupropion'],
  },
  // Enzyme interactions.
  {
    id: 'interaction-tizanidine-cyp1a2',
    code: 'interaction',
    groups: ['tizanidine', 'strong-cyp1a2-inhibitor'],
    severity: 'critical',
    topic: 'cyp',
    text: 'Tizanidine with {b}: contraindicated. {b} blocks the enzyme (CYP1A2) that clears tizanidine, whose levels then rise many-fold, causing severe low blood pressure and sedation.',
    sources: ['rx-label-tizanidine', 'meds-label-fluvoxamine', 'meds-label-ciprofloxacin'],
  },
  {
    id: 'interaction-duloxetine-cyp1a2',
    code: 'interaction',
    groups: ['duloxetine', 'strong-cyp1a2-inhibitor'],
    severity: 'critical',
    topic: 'cyp',
    text: 'Duloxetine with {b}: avoid. {b} strongly blocks CYP1A2, raising duloxetine levels several-fold.',
    sources: ['rx-label-duloxetine', 'meds-label-fluvoxamine'],
  },
  {
    id: 'interaction-cyp2d6-opioid',
    code: 'interaction',
    groups: ['cyp2d6-activated-opioid', 'strong-cyp2d6-inhibitor'],
    severity: 'warning',
    topic: 'cyp',
    text: '{a} with {b}: {b} blocks CYP2D6, which turns {a} into its active pain-relieving form, so pain relief falls; with tramadol more of the parent drug stays, adding serotonergic and seizure risk.',
    sources: ['rx-label-tramadol', 'rx-label-codeine'],
  },
  {
    id: 'interaction-carbamazepine-tramadol',
    code: 'interaction',
    groups: ['carbamazepine', 'tramadol'],
    severity: 'warning',
    topic: 'cyp',
    text: 'Carbamazepine with tramadol: not recommended. Carbamazepine speeds tramadol breakdown (less pain relief) and tramadol raises seizure risk.',
    sources: ['rx-label-tramadol'],
  },
  {
    id: 'interaction-cyp3a4-inducer-factor-xa',
    code: 'interaction',
    groups: ['cyp3a4-inducer', 'factor-xa-inhibitor'],
    severity: 'critical',
    topic: 'cyp',
    text: '{a} with {b}: avoid. Carbamazepine lowers the levels of the anticoagulant, which may then fail to prevent clots or stroke.',
    sources: ['meds-label-apixaban', 'meds-label-rivaroxaban'],
  },
  // Breathing and sedation.
  {
    id: 'interaction-opioid-benzodiazepine',
    code: 'interaction',
    groups: ['opioid', 'benzodiazepine'],
    severity: 'critical',
    topic: 'breathing',
    text: '{a} with {b}: FDA boxed warning (2016). Together they can cause profound sedation, slowed breathing, coma and death; avoid the combination unless there is no alternative, and then use the lowest doses with naloxone at hand.',
    sources: ['rx-fda-opioid-benzodiazepine-2016', 'rx-beers-2023'],
  },
  {
    id: 'interaction-opioid-gabapentinoid',
    code: 'interaction',
    groups: ['opioid', 'gabapentinoid'],
    severity: 'warning',
    topic: 'breathing',
    escalate: [
      {
        when: { kind: 'comorbidity', any: ['respiratory-disease'] },
        severity: 'critical',
        because:
          'This patient has lung or breathing disease, one of the risk factors the FDA names.',
      },
    ],
    text: '{a} with {b}: FDA warning (2019) of serious breathing problems when gabapentinoids are combined with opioids, above all in older people and those with lung disease. Start the gabapentinoid low and watch for drowsiness and slow breathing.',
    sources: ['rx-fda-gabapentinoids-2019', 'rx-beers-2023'],
  },
  {
    id: 'interaction-opioid-muscle-relaxant',
    code: 'interaction',
    groups: ['opioid', 'muscle-relaxant'],
    severity: 'warning',
    topic: 'breathing',
    text: '{a} with {b}: the sedating effects add up, with a risk of slowed breathing and falls (opioid labels warn against other CNS depressants).',
    sources: ['rx-label-oxycodone', 'rx-label-cyclobenzaprine'],
  },
  {
    id: 'interaction-opioid-sedating',
    code: 'interaction',
    groups: ['opioid', 'non-opioid-sedative'],
    severity: 'warning',
    topic: 'breathing',
    text: '{a} with {b}: both are sedating; the combination can slow breathing and cause falls. Use the lowest doses.',
    sources: ['rx-label-oxycodone'],
  },
  {
    id: 'interaction-gabapentinoid-benzodiazepine',
    code: 'interaction',
    groups: ['gabapentinoid', 'benzodiazepine'],
    severity: 'warning',
    topic: 'breathing',
    text: '{a} with {b}: the FDA (2019) warns that gabapentinoids with other CNS depressants such as benzodiazepines can cause serious breathing problems.',
    sources: ['rx-fda-gabapentinoids-2019'],
  },
  {
    id: 'interaction-sedating-pair',
    code: 'interaction',
    groups: ['non-opioid-sedative', 'non-opioid-sedative'],
    severity: 'info',
    topic: 'breathing',
    text: '{a} with {b}: drowsiness and dizziness add up; take care with driving and falls.',
    sources: ['rx-beers-2023'],
  },
  // Bleeding.
  {
    id: 'interaction-nsaid-anticoagulant',
    code: 'interaction',
    groups: ['nsaid', 'anticoagulant'],
    severity: 'critical',
    topic: 'bleeding',
    text: '{a} with {b}: an NSAID on top of an anticoagulant greatly raises the risk of serious stomach and other bleeding. Avoid; if pain relief is needed, acetaminophen is usually preferred.',
    sources: ['meds-label-warfarin', 'rx-beers-2023'],
  },
  {
    id: 'interaction-nsaid-antiplatelet',
    code: 'interaction',
    groups: ['nsaid', 'antiplatelet'],
    severity: 'warning',
    topic: 'bleeding',
    text: '{a} with {b}: bleeding risk adds up; if the antiplatelet drug is low-dose aspirin, ibuprofen taken before it can also blunt its protection of the heart. Consider a stomach-protecting drug.',
    sources: ['rx-beers-2023', 'meds-label-aspirin'],
  },
  {
    id: 'interaction-nsaid-ssri-snri',
    code: 'interaction',
    groups: ['nsaid', 'ssri-or-snri'],
    severity: 'warning',
    topic: 'bleeding',
    text: '{a} with {b}: SSRIs and SNRIs reduce platelet function; with an NSAID the risk of stomach bleeding rises several-fold. Consider a stomach-protecting drug or another pain reliever.',
    sources: ['meds-anglin-2014-ssri-nsaid-bleeding', 'rx-label-duloxetine'],
  },
  {
    id: 'interaction-nsaid-corticosteroid',
    code: 'interaction',
    groups: ['nsaid', 'systemic-corticosteroid'],
    severity: 'warning',
    topic: 'bleeding',
    text: '{a} with {b}: corticosteroids with NSAIDs raise the risk of stomach ulcers and bleeding; add gastroprotection or avoid the combination.',
    sources: ['rx-beers-2023'],
  },
  {
    id: 'interaction-anticoagulant-antiplatelet',
    code: 'interaction',
    groups: ['anticoagulant', 'antiplatelet'],
    severity: 'warning',
    topic: 'bleeding',
    text: '{a} with {b}: anticoagulant plus antiplatelet therapy raises bleeding risk; confirm both are intended.',
    sources: ['meds-label-warfarin', 'meds-label-clopidogrel'],
  },
  {
    id: 'interaction-anticoagulant-ssri-snri',
    code: 'interaction',
    groups: ['anticoagulant', 'ssri-or-snri'],
    severity: 'info',
    topic: 'bleeding',
    text: '{a} with {b}: SSRIs and SNRIs add a little to anticoagulant bleeding risk.',
    sources: ['meds-label-warfarin'],
  },
  // Kidneys.
  {
    id: 'interaction-triple-whammy',
    code: 'interaction',
    groups: ['nsaid', 'ace-inhibitor-or-arb', 'diuretic'],
    severity: 'critical',
    topic: 'kidney',
    text: '{a} with {b} and {c}: the "triple whammy". An NSAID with an ACE inhibitor or ARB and a diuretic markedly raises the risk of acute kidney injury, most in the first month. Avoid the NSAID or monitor kidney function closely.',
    sources: ['meds-lapi-2013-triple-whammy', 'meds-kdigo-2012-ckd', 'rx-beers-2023'],
  },
  {
    id: 'interaction-nsaid-raas',
    code: 'interaction',
    groups: ['nsaid', 'ace-inhibitor-or-arb'],
    severity: 'info',
    topic: 'kidney',
    text: '{a} with {b}: the NSAID can blunt the blood-pressure effect and reduce kidney function; check blood pressure and kidney function.',
    sources: ['meds-label-lisinopril', 'meds-kdigo-2012-ckd'],
  },
  {
    id: 'interaction-nsaid-diuretic',
    code: 'interaction',
    groups: ['nsaid', 'diuretic'],
    severity: 'info',
    topic: 'kidney',
    text: '{a} with {b}: the NSAID reduces the diuretic effect and adds kidney risk if the patient becomes dehydrated.',
    sources: ['meds-label-furosemide', 'meds-lapi-2013-triple-whammy'],
  },
  // Raised levels.
  {
    id: 'interaction-nsaid-lithium',
    code: 'interaction',
    groups: ['nsaid', 'lithium'],
    severity: 'warning',
    topic: 'levels',
    text: '{a} with lithium: NSAIDs reduce lithium clearance and can push it into the toxic range. Avoid, or check lithium levels.',
    sources: ['meds-label-lithium', 'meds-kdigo-2012-ckd'],
  },
  {
    id: 'interaction-raas-diuretic-lithium',
    code: 'interaction',
    groups: ['raas-or-diuretic', 'lithium'],
    severity: 'warning',
    topic: 'levels',
    text: '{a} with lithium: raises lithium levels; check them when starting or changing the dose.',
    sources: ['meds-label-lithium'],
  },
  {
    id: 'interaction-nsaid-methotrexate',
    code: 'interaction',
    groups: ['nsaid', 'methotrexate'],
    severity: 'warning',
    topic: 'levels',
    text: '{a} with methotrexate: NSAIDs slow methotrexate clearance, which can cause bone-marrow and kidney toxicity, especially with reduced kidney function.',
    sources: ['meds-label-methotrexate'],
  },
];
