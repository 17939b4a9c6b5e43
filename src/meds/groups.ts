/**
 * Drug groups the rule tables talk about ("NSAIDs", "serotonergic drugs", "anticoagulants"), defined as
 * data over the KB's classes, properties and ids. A combination product belongs to every group one of its
 * ingredients belongs to, so hydrocodone/acetaminophen is both an opioid and an acetaminophen product.
 */
import { DRUG_CLASSES } from '../kb/index.js';
import type { DrugClass, DrugEntry } from '../kb/index.js';

type DrugProperty = NonNullable<DrugEntry['properties']>[number];
type DrugRoute = DrugEntry['route'];

/** How a group picks its members. */
export interface GroupDefinition {
  /** Plural name used in alert texts. */
  readonly label: string;
  /** Members by primary or secondary class. */
  readonly classes?: readonly DrugClass[];
  /** Members by property. */
  readonly properties?: readonly DrugProperty[];
  /** Members by id (medicines whose class in the KB is only `other`). */
  readonly ids?: readonly string[];
  /** Entries of these classes are left out (tramadol carries `snri` as a secondary class but is no antidepressant). */
  readonly excludeClasses?: readonly DrugClass[];
  readonly excludeIds?: readonly string[];
  /** Only products given by these routes count (a gel is not a systemic NSAID). */
  readonly routes?: readonly DrugRoute[];
  /** Members that count only above a daily dose: aspirin is an antiplatelet up to 325 mg a day and an NSAID dose above it. */
  readonly onlyAboveDailyMg?: Readonly<Record<string, number>>;
}

const SYSTEMIC: readonly DrugRoute[] = ['oral', 'intravenous', 'intramuscular', 'subcutaneous'];
const ANTIDEPRESSANT_IDS = [
  'drug-trazodone',
  'drug-mirtazapine',
  'drug-bupropion',
  'drug-phenelzine',
  'drug-tranylcypromine',
];
const MAOI_IDS = [
  'drug-phenelzine',
  'drug-tranylcypromine',
  'drug-selegiline',
  'drug-rasagiline',
  'drug-linezolid',
];

/** A group of one medicine, labelled with its generic name (`lithium`: drug-lithium). */
const oneMedicine = <const N extends string>(name: N) =>
  ({ label: name, ids: [`drug-${name}`] }) as const;

/** Every group, keyed by id. */
export const DRUG_GROUPS = {
  nsaid: {
    label: 'NSAIDs',
    classes: ['nsaid', 'cox2-inhibitor'],
    routes: SYSTEMIC,
    onlyAboveDailyMg: { 'drug-aspirin': 325 },
  },
  'nonselective-nsaid': {
    label: 'non-selective NSAIDs',
    classes: ['nsaid'],
    excludeClasses: ['cox2-inhibitor'],
    routes: SYSTEMIC,
    onlyAboveDailyMg: { 'drug-aspirin': 325 },
  },
  'topical-nsaid': { label: 'topical NSAIDs', classes: ['topical-nsaid'] },
  acetaminophen: { label: 'acetaminophen products', ids: ['drug-acetaminophen'] },
  opioid: { label: 'opioids', classes: ['opioid'] },
  gabapentinoid: { label: 'gabapentinoids', classes: ['gabapentinoid'] },
  benzodiazepine: { label: 'benzodiazepines', classes: ['benzodiazepine'] },
  'muscle-relaxant': { label: 'muscle relaxants', classes: ['muscle-relaxant'] },
  /** The skeletal muscle relaxants AGS Beers 2023 names (baclofen and tizanidine are not on that row). */
  'beers-muscle-relaxant': {
    label: 'skeletal muscle relaxants on the Beers list',
    ids: [
      'drug-cyclobenzaprine',
      'drug-methocarbamol',
      'drug-carisoprodol',
      'drug-metaxalone',
      'drug-orphenadrine',
      'drug-chlorzoxazone',
    ],
  },
  tricyclic: { label: 'tricyclic antidepressants', classes: ['tricyclic'] },
  ssri: { label: 'SSRIs', classes: ['ssri'] },
  snri: { label: 'SNRIs', classes: ['snri'], excludeClasses: ['opioid'] },
  /** Antidepressants that carry serotonergic risk on their own (for duplicate and serotonin rules). */
  'serotonergic-antidepressant': {
    label: 'serotonergic antidepressants',
    classes: ['ssri', 'snri', 'tricyclic'],
    ids: [
      'drug-trazodone',
      'drug-mirtazapine',
      ...MAOI_IDS.filter((id) => id !== 'drug-linezolid'),
    ],
    excludeClasses: ['opioid'],
  },
  serotonergic: {
    label: 'serotonergic drugs',
    classes: ['ssri', 'snri', 'tricyclic'],
    properties: ['serotonergic'],
    ids: [...MAOI_IDS, 'drug-cyclobenzaprine'],
  },
  maoi: { label: 'MAO inhibitors', ids: MAOI_IDS },
  triptan: {
    label: 'triptans',
    ids: ['drug-sumatriptan', 'drug-rizatriptan', 'drug-zolmitriptan'],
  },
  /** Sedating drugs other than opioids (for opioid + sedative rows, so two opioids are a duplicate, not an interaction). */
  'non-opioid-sedative': {
    label: 'sedating drugs',
    classes: ['gabapentinoid', 'benzodiazepine', 'muscle-relaxant', 'tricyclic'],
    properties: ['sedating'],
    ids: ['drug-zolpidem', 'drug-trazodone', 'drug-mirtazapine'],
    excludeClasses: ['opioid'],
  },
  /** Beers 2023 "CNS-active" drugs: antiepileptics, antidepressants, antipsychotics, benzodiazepines, Z-drugs, opioids, muscle relaxants. */
  'cns-active': {
    label: 'CNS-active drugs',
    classes: [
      'opioid',
      'gabapentinoid',
      'anticonvulsant',
      'benzodiazepine',
      'muscle-relaxant',
      'tricyclic',
      'ssri',
      'snri',
    ],
    ids: ['drug-zolpidem', ...ANTIDEPRESSANT_IDS],
  },
  anticoagulant: {
    label: 'anticoagulants',
    ids: [
      'drug-warfarin',
      'drug-apixaban',
      'drug-rivaroxaban',
      'drug-dabigatran',
      'drug-enoxaparin',
      'drug-heparin',
    ],
  },
  antiplatelet: { label: 'antiplatelet drugs', ids: ['drug-aspirin', 'drug-clopidogrel'] },
  'systemic-corticosteroid': {
    label: 'corticosteroids',
    classes: ['corticosteroid'],
    routes: SYSTEMIC,
  },
  'ace-inhibitor-or-arb': {
    label: 'ACE inhibitors or ARBs',
    ids: [
      'drug-lisinopril',
      'drug-enalapril',
      'drug-ramipril',
      'drug-losartan',
      'drug-valsartan',
      'drug-candesartan',
    ],
  },
  diuretic: {
    label: 'diuretics',
    ids: ['drug-hydrochlorothiazide', 'drug-furosemide', 'drug-spironolactone'],
  },
  'strong-cyp1a2-inhibitor': {
    label: 'strong CYP1A2 inhibitors',
    ids: ['drug-fluvoxamine', 'drug-ciprofloxacin'],
  },
  'strong-cyp2d6-inhibitor': {
    label: 'strong CYP2D6 inhibitors',
    ids: ['drug-fluoxetine', 'drug-paroxetine', 'drug-bupropion'],
  },
  /** Opioids that need CYP2D6 to become active (codeine to morphine, tramadol to its M1 metabolite). */
  'cyp2d6-activated-opioid': {
    label: 'codeine or tramadol',
    ids: ['drug-codeine', 'drug-tramadol'],
  },
  'lowers-seizure-threshold': {
    label: 'drugs that lower the seizure threshold',
    properties: ['lowers-seizure-threshold'],
    ids: ['drug-bupropion', 'drug-tramadol'],
  },
  'cyp3a4-inducer': { label: 'strong CYP3A4 inducers', ids: ['drug-carbamazepine'] },
  'factor-xa-inhibitor': {
    label: 'apixaban or rivaroxaban',
    ids: ['drug-apixaban', 'drug-rivaroxaban'],
  },
  anticholinergic: { label: 'anticholinergic drugs', properties: ['anticholinergic'] },
  lithium: oneMedicine('lithium'),
  methotrexate: oneMedicine('methotrexate'),
  tizanidine: oneMedicine('tizanidine'),
  duloxetine: oneMedicine('duloxetine'),
  tramadol: oneMedicine('tramadol'),
  tapentadol: oneMedicine('tapentadol'),
  carbamazepine: oneMedicine('carbamazepine'),
  'tramadol-or-tapentadol': {
    label: 'tramadol or tapentadol',
    ids: ['drug-tramadol', 'drug-tapentadol'],
  },
  ketorolac: oneMedicine('ketorolac'),
  cyclobenzaprine: oneMedicine('cyclobenzaprine'),
  valproate: oneMedicine('valproate'),
  celecoxib: oneMedicine('celecoxib'),
  baclofen: oneMedicine('baclofen'),
  dabigatran: oneMedicine('dabigatran'),
  enoxaparin: oneMedicine('enoxaparin'),
  'oxycodone-naloxone': { label: 'oxycodone/naloxone', ids: ['drug-oxycodone-naloxone'] },
  'morphine-or-codeine': { label: 'morphine or codeine', ids: ['drug-morphine', 'drug-codeine'] },
  /** Every NSAID product whatever the dose or route, for allergy. */
  'any-nsaid': { label: 'NSAIDs', classes: ['nsaid', 'cox2-inhibitor', 'topical-nsaid'] },
  'ssri-or-snri': {
    label: 'SSRIs or SNRIs',
    classes: ['ssri', 'snri'],
    excludeClasses: ['opioid'],
  },
  'ace-inhibitor': {
    label: 'ACE inhibitors',
    ids: ['drug-lisinopril', 'drug-enalapril', 'drug-ramipril'],
  },
  arb: {
    label: 'angiotensin receptor blockers',
    ids: ['drug-losartan', 'drug-valsartan', 'drug-candesartan'],
  },
  'raas-or-diuretic': {
    label: 'ACE inhibitors, ARBs or diuretics',
    ids: [
      'drug-lisinopril',
      'drug-enalapril',
      'drug-ramipril',
      'drug-losartan',
      'drug-valsartan',
      'drug-candesartan',
      'drug-hydrochlorothiazide',
      'drug-furosemide',
      'drug-spironolactone',
    ],
  },
  corticosteroid: { label: 'corticosteroids', classes: ['corticosteroid'] },
  /** Drugs whose breathing effects add up: opioids, gabapentinoids, benzodiazepines (FDA 2016, 2019). */
  'respiratory-depressant': {
    label: 'opioids, gabapentinoids or benzodiazepines',
    classes: ['opioid', 'gabapentinoid', 'benzodiazepine'],
  },
  'benzodiazepine-or-z-drug': {
    label: 'benzodiazepines or Z-drugs',
    classes: ['benzodiazepine'],
    ids: ['drug-zolpidem'],
  },
  'opioid-or-benzodiazepine': {
    label: 'opioids or benzodiazepines',
    classes: ['opioid', 'benzodiazepine'],
  },
  /** AGS Beers 2023 "avoid" NSAIDs. */
  'beers-avoid-nsaid': {
    label: 'indomethacin or ketorolac',
    ids: ['drug-indomethacin', 'drug-ketorolac'],
  },
  /** AGS Beers 2023 strongly anticholinergic antidepressants. */
  'beers-anticholinergic-antidepressant': {
    label: 'strongly anticholinergic antidepressants',
    ids: ['drug-amitriptyline', 'drug-nortriptyline', 'drug-paroxetine'],
  },
  /** AGS Beers 2023 drugs to avoid in delirium: anticholinergics, benzodiazepines, Z-drugs, opioids, systemic corticosteroids. */
  deliriogenic: {
    label: 'drugs that can worsen delirium',
    classes: ['benzodiazepine', 'opioid'],
    properties: ['anticholinergic'],
    ids: ['drug-zolpidem', 'drug-prednisone', 'drug-methylprednisolone'],
  },
  /** AGS Beers 2023 drugs that can cause SIADH or low sodium in older adults. */
  'beers-hyponatraemia': {
    label: 'drugs that can lower sodium',
    classes: ['ssri', 'snri', 'tricyclic'],
    ids: [
      'drug-tramadol',
      'drug-mirtazapine',
      'drug-carbamazepine',
      'drug-hydrochlorothiazide',
      'drug-furosemide',
      'drug-spironolactone',
    ],
  },
  'any-drug': { label: 'medicines', classes: [...DRUG_CLASSES] },
} as const satisfies Record<string, GroupDefinition>;

/** A group id. */
export type GroupId = keyof typeof DRUG_GROUPS;
export const GROUP_IDS = Object.keys(DRUG_GROUPS) as GroupId[];

/**
 * Whether one KB entry (not its ingredients) belongs to a group.
 * @param entry - the drug entry
 * @param group - the group id
 * @param dailyMg - the entry's daily total in mg, for dose-dependent members (unknown counts as the lower use)
 */
export function entryInGroup(
  entry: DrugEntry,
  group: GroupId,
  dailyMg: number | undefined,
): boolean {
  const def: GroupDefinition = DRUG_GROUPS[group];
  const threshold = def.onlyAboveDailyMg?.[entry.id];
  if (threshold !== undefined && !(dailyMg !== undefined && dailyMg > threshold)) return false;
  // Membership depends only on the entry and the group (the dose threshold is handled above), so it is cached.
  let byGroup = membership.get(entry);
  if (!byGroup) {
    byGroup = new Map();
    membership.set(entry, byGroup);
  }
  let member = byGroup.get(group);
  if (member === undefined) {
    member = isMember(entry, def);
    byGroup.set(group, member);
  }
  return member;
}

const membership = new WeakMap<DrugEntry, Map<GroupId, boolean>>();

function isMember(entry: DrugEntry, def: GroupDefinition): boolean {
  const classes = [entry.drugClass, ...(entry.alsoClasses ?? [])];
  if (def.excludeIds?.includes(entry.id)) return false;
  if (def.excludeClasses?.some((c) => classes.includes(c))) return false;
  if (def.routes && !def.routes.includes(entry.route)) return false;
  return (
    (def.ids?.includes(entry.id) ?? false) ||
    (def.classes?.some((c) => classes.includes(c)) ?? false) ||
    (def.properties?.some((p) => entry.properties?.includes(p)) ?? false)
  );
}
